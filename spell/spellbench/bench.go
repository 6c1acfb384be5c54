// Package spellbench measures spelling correctors, in isolation and in
// context.
//
// In isolation, it reads the public misspelling sets the spell corrector is
// measured on (Norvig's test set, Wikipedia's list of common misspellings,
// Mitton's Birkbeck corpus) and scores a corrector's first suggestions on
// them (Load, Accuracy).
//
// In context, as JamSpell's evaluation did, an Injector damages clean text
// with seeded, realistic typing errors (dropped, doubled, swapped, mistyped
// and stray letters, lost and stray spaces, and real-word swaps) and
// records every damage; Evaluate then scores a corrector's edits of the
// damaged text: damaged places fixed, flagged, changed wrongly or left,
// and correct words broken, by class and kind of damage. GoldBodies and
// EnglishParagraphs supply real news text for it.
package spellbench

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A Pair is one misspelling and the words it may stand for.
type Pair struct {
	Wrong string
	Right []string
}

// A Set is a named misspelling list in a file under the bench directory.
type Set struct {
	Name  string
	File  string
	Parse func(io.Reader) ([]Pair, error)
}

// Sets are the sets the evaluation reads, in the order it prints them.
var Sets = []Set{
	{"Norvig set 1", "norvig-testset1.txt", Norvig},
	{"Wikipedia list", "wikipedia-common-misspellings.txt", Wikipedia},
	{"Birkbeck", "birkbeck-missp.dat", Birkbeck},
}

// Norvig parses "right: wrong1 wrong2" lines.
func Norvig(r io.Reader) ([]Pair, error) {
	var out []Pair
	err := lines(r, func(n int, line string) error {
		right, wrongs, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("line %d: no colon", n)
		}
		for _, w := range strings.Fields(wrongs) {
			out = append(out, Pair{w, []string{strings.TrimSpace(right)}})
		}
		return nil
	})
	return out, err
}

// Wikipedia parses "wrong->right1, right2" lines.
func Wikipedia(r io.Reader) ([]Pair, error) {
	var out []Pair
	err := lines(r, func(n int, line string) error {
		wrong, rights, ok := strings.Cut(line, "->")
		if !ok {
			return fmt.Errorf("line %d: no arrow", n)
		}
		p := Pair{Wrong: strings.TrimSpace(wrong)}
		for _, r := range strings.Split(rights, ",") {
			p.Right = append(p.Right, strings.TrimSpace(r))
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// Birkbeck parses "$right" lines each followed by its misspellings, one a
// line; "_" stands for a space.
func Birkbeck(r io.Reader) ([]Pair, error) {
	var out []Pair
	right := ""
	err := lines(r, func(n int, line string) error {
		line = strings.ReplaceAll(strings.TrimSpace(line), "_", " ")
		if w, ok := strings.CutPrefix(line, "$"); ok {
			right = w
			return nil
		}
		if right == "" {
			return fmt.Errorf("line %d: misspelling before any $word", n)
		}
		out = append(out, Pair{line, []string{right}})
		return nil
	})
	return out, err
}

func lines(r io.Reader, fn func(n int, line string) error) error {
	s := bufio.NewScanner(r)
	n := 0
	for s.Scan() {
		n++
		line := strings.TrimPrefix(s.Text(), "\ufeff")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return s.Err()
}

// EnvDir names the environment variable that overrides where the sets are.
const EnvDir = "COPYEDIT_BENCH"

// Dir returns the directory holding the spell sets: $COPYEDIT_BENCH/spell if
// set, else the first shared/bench/spell found beside the working directory
// or one of its ancestors.
func Dir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		return filepath.Join(d, "spell"), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		cand := filepath.Join(d, "shared", "bench", "spell")
		if fi, err := os.Stat(cand); err == nil && fi.IsDir() {
			return cand, nil
		}
		if filepath.Dir(d) == d {
			return "", fs.ErrNotExist
		}
	}
}

// Load reads set s from dir; it returns fs.ErrNotExist (wrapped) when the
// file is absent.
func Load(dir string, s Set) ([]Pair, error) {
	f, err := os.Open(filepath.Join(dir, s.File))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ps, err := s.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name(), err)
	}
	return ps, nil
}

// Sample returns at most n pairs of ps spread evenly over it (all if n <= 0).
func Sample(ps []Pair, n int) []Pair {
	if n <= 0 || len(ps) <= n {
		return ps
	}
	out := make([]Pair, n)
	for i := range out {
		out[i] = ps[i*len(ps)/n]
	}
	return out
}

// Hit reports whether a suggestion matches one of the right words, ignoring
// case.
func (p Pair) Hit(suggestion string) bool {
	for _, r := range p.Right {
		if strings.EqualFold(r, suggestion) {
			return true
		}
	}
	return false
}

// Accuracy returns the share of pairs whose first suggestion by top is
// right.
func Accuracy(ps []Pair, top func(word string) string) float64 {
	if len(ps) == 0 {
		return 0
	}
	ok := 0
	for _, p := range ps {
		if p.Hit(top(p.Wrong)) {
			ok++
		}
	}
	return float64(ok) / float64(len(ps))
}

// IsNotExist reports whether err says a set file is absent.
func IsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
