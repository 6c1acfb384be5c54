// Command sphinxexp measures whether pocketsphinx's trigram language model
// (Debian's pocketsphinx-en-us, en-us.lm.bin, read by dict/internal/sphinxlm)
// makes the spell corrector better than the lexicon's bigram list alone.
//
// It builds the default corrector and one corrector per variant, each given
// a spell.ContextModel over the pocketsphinx model:
//
//   - (a) its bigrams, as pseudo-counts on our scale, for the pairs our list
//     lacks (calibrated on the pairs both hold; never above our list's floor);
//   - (a′) the same, plus its back-off estimate where neither lists the pair;
//   - (b) its trigrams as an extra context term;
//   - (a)+(b).
//
// Each is measured on the injected-typo evaluation of spelleval -context
// (same texts, injector and default settings), Norvig's set 1, the harm on
// spell/testdata/clean_news.txt and on real news (ScrapingHub gold bodies),
// and speed. The table goes in spell/README.md.
//
// Usage:
//
//	apt-get download pocketsphinx-en-us && dpkg -x pocketsphinx-en-us_*.deb /tmp/ps
//	go run ./dict/internal/sphinxexp -lm /tmp/ps/usr/share/pocketsphinx/model/en-us/en-us.lm.bin
//
// Without -lm it reads $COPYEDIT_SPHINXLM, then Debian's installed path; if
// there is no model it says so and exits 0.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/dict/internal/sphinxlm"
	"github.com/copyedit/copyedit/spell"
)

// EnvModel names the model file when -lm is not given.
const EnvModel = "COPYEDIT_SPHINXLM"

// DebianPath is where pocketsphinx-en-us installs the model.
const DebianPath = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "sphinxexp:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("sphinxexp", flag.ContinueOnError)
	path := fs.String("lm", "", "the `en-us.lm.bin` of pocketsphinx-en-us (default $"+EnvModel+", then "+DebianPath+")")
	seed := fs.Uint64("seed", 1, "the typo injector's `seed`")
	only := fs.String("only", "", "measure only the variants whose name contains `text` (and the baseline)")
	diff := fs.Bool("diff", false, "list the changes on real news text that differ from the baseline")
	asJSON := fs.Bool("json", false, "print the figures as JSON too")
	keeps := fs.String("keep", "", "also measure (a) pruned to each of these comma-separated `numbers` of pairs")
	keepBy := fs.String("keepby", byCount, "rank pairs for -keep by \"count\" (pseudo-count), \"assoc\" (|association|), \"positive\" (association) or \"topwords\" (every pair with one of the N commonest words)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !slices.Contains([]string{byCount, byAssoc, byPositive, byTopWords}, *keepBy) {
		return fmt.Errorf("-keepby: unknown order %q", *keepBy)
	}
	vs := slices.Clone(variants)
	for _, k := range strings.Split(*keeps, ",") {
		if k == "" {
			continue
		}
		n, err := strconv.Atoi(k)
		if err != nil || n <= 0 {
			return fmt.Errorf("-keep: %q is not a positive number", k)
		}
		vs = append(vs, variant{name: fmt.Sprintf("(a) top %d pairs by %s", n, *keepBy), bigrams: true, keep: n, keepBy: *keepBy},
			variant{name: fmt.Sprintf("(a)+(b) top %d pairs by %s", n, *keepBy), bigrams: true, trigrams: true, keep: n, keepBy: *keepBy})
	}
	file := modelPath(*path)
	if file == "" {
		fmt.Fprintf(w, "no pocketsphinx model: give -lm, set $%s or install pocketsphinx-en-us (%s)\n", EnvModel, DebianPath)
		return nil
	}

	start := time.Now()
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	lm, err := sphinxlm.Read(f)
	f.Close()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "model: %s: %d-gram, %d unigrams, %d bigrams, %d trigrams; read in %v\n",
		file, lm.Order(), lm.Count(1), lm.Count(2), lm.Count(3), time.Since(start).Round(time.Millisecond))

	lex, err := dict.English()
	if err != nil {
		return err
	}
	cal := calibrate(lm, lex)
	fmt.Fprintf(w, "calibration: %v\n", cal)

	bn, err := loadBench(lex, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "in-context texts: %s; seed %d\n\n", bn.texts, *seed)

	base, err := spell.New(lex, spell.Options{})
	if err != nil {
		return err
	}
	results := []result{}
	r, err := bn.measure("current (bigram list)", base)
	if err != nil {
		return err
	}
	results = append(results, r)
	for _, v := range vs {
		if *only != "" && !strings.Contains(v.name, *only) {
			continue
		}
		c, err := spell.NewWithContext(lex, spell.Options{}, newModel(v, lm, lex, cal))
		if err != nil {
			return err
		}
		r, err := bn.measure(v.name, c)
		if err != nil {
			return err
		}
		results = append(results, r)
	}
	printTable(w, results)
	if *diff {
		printDiff(w, results)
	}
	if *asJSON {
		return writeJSON(w, results)
	}
	return nil
}

// modelPath picks the model file: the flag, the environment, Debian's
// path; "" if none exists.
func modelPath(flagValue string) string {
	for _, p := range []string{flagValue, os.Getenv(EnvModel), DebianPath} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil || flagValue == p {
			return p
		}
	}
	return ""
}

func printTable(w io.Writer, rs []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corrector\tfixed\tflagged\twrong\tbroken\tNorvig\tharm clean_news\tchanges real news\tclean MB/s\tsentence µs\t")
	for _, r := range rs {
		t := r.ctx.All
		norvig := "-"
		if r.norvig >= 0 {
			norvig = fmt.Sprintf("%.1f%%", 100*r.norvig)
		}
		fmt.Fprintf(tw, "%s\t%.1f%%\t%.1f%%\t%.1f%%\t%.2f%% (%d)\t%s\t%d\t%d / %d words\t%.1f\t%.0f\t\n", r.name,
			100*t.Share(t.Fixed), 100*t.Share(t.Flagged), 100*t.Share(t.Wrong),
			100*r.ctx.BrokenShare(), r.ctx.Broken, norvig, r.harm, r.goldHarm, r.goldWords, r.cleanMBs, r.misspelledMicros)
	}
	tw.Flush()
	if len(rs) > 0 {
		s := rs[0].ctx
		fmt.Fprintf(w, "(%d words, %d damaged places, %d correct words)\n", s.Words, s.All.Damaged, s.Correct)
	}
}

// printDiff lists, per variant, the real-news and clean-text changes the
// baseline does not make, and those it makes that the variant does not.
func printDiff(w io.Writer, rs []result) {
	if len(rs) < 2 {
		return
	}
	base := rs[0]
	for _, r := range rs[1:] {
		fmt.Fprintf(w, "\n%s vs current:\n", r.name)
		for _, pair := range [][2][]string{{base.goldChanges, r.goldChanges}, {base.harmChanges, r.harmChanges}} {
			for _, c := range r2minus(pair[1], pair[0]) {
				fmt.Fprintf(w, "  + %s\n", c)
			}
			for _, c := range r2minus(pair[0], pair[1]) {
				fmt.Fprintf(w, "  - %s\n", c)
			}
		}
	}
}

// r2minus returns the elements of a not in b, as multisets.
func r2minus(a, b []string) []string {
	left := slices.Clone(b)
	var out []string
	for _, x := range a {
		if i := slices.Index(left, x); i >= 0 {
			left = slices.Delete(left, i, i+1)
			continue
		}
		out = append(out, x)
	}
	return out
}
