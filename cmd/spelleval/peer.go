package main

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copyedit/copyedit/edit"
)

// A peer is an ispell-compatible checker (aspell, hunspell) driven through
// its -a pipe: one word a line in, one answer a line out.
type peer struct {
	name string
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
}

// startPeer starts name with args, or returns nil if it is not installed.
func startPeer(name string, args ...string) (*peer, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return nil, nil
	}
	cmd := exec.Command(path, args...)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &peer{name: name, cmd: cmd, in: in, out: bufio.NewReader(out)}
	if _, err := p.out.ReadString('\n'); err != nil { // the banner
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// top returns the peer's first suggestion for word, "" if it has none or
// accepts the word.
func (p *peer) top(word string) (string, error) {
	ok, best, _, err := p.check(word)
	if ok {
		return "", err
	}
	return best, err
}

// check asks the peer about one word: ok if it accepts every part it
// checked, the first suggestion it made ("" if none), and the number of
// parts it checked (more than one if it split the word, at an apostrophe or
// a hyphen).
func (p *peer) check(word string) (ok bool, best string, parts int, err error) {
	// "^" makes the checker take the rest of the line as text, never as a
	// command.
	if _, err := fmt.Fprintf(p.in, "^%s\n", word); err != nil {
		return false, "", 0, err
	}
	ok = true
	for {
		line, err := p.out.ReadString('\n')
		if err != nil {
			return false, "", 0, fmt.Errorf("%s: %w", p.name, err)
		}
		line = strings.TrimRight(line, "\n")
		if line == "" {
			return ok, best, parts, nil
		}
		parts++
		switch line[0] {
		case '&':
			if best == "" {
				if _, sugg, found := strings.Cut(line, ": "); found {
					best, _, _ = strings.Cut(sugg, ", ")
				}
			}
			ok = false
		case '#':
			ok = false
		}
	}
}

func (p *peer) close() {
	p.in.Close()
	p.cmd.Wait()
}

// peerCorrector corrects text as JamSpell's evaluation ran Hunspell: every
// word the peer rejects is replaced by its first suggestion, or reported
// as a suspect if it has none. Answers are cached: a peer checks words one
// by one, without context.
func peerCorrector(p *peer) func(string) ([]edit.Edit, error) {
	type answer struct {
		ok   bool
		best string
	}
	cache := map[string]answer{}
	return func(text string) ([]edit.Edit, error) {
		var edits []edit.Edit
		for _, span := range peerWords(text) {
			word := text[span[0]:span[1]]
			a, seen := cache[word]
			if !seen {
				ok, best, parts, err := p.check(strings.ReplaceAll(word, "’", "'"))
				if err != nil {
					return nil, err
				}
				if parts > 1 {
					best = "" // a suggestion for one part, not the word
				}
				a = answer{ok, best}
				if strings.Contains(word, "’") {
					a.best = strings.ReplaceAll(best, "'", "’")
				}
				cache[word] = a
			}
			if a.ok {
				continue
			}
			e := edit.Edit{Stage: p.name, Rule: "first-suggestion", Start: span[0], End: span[1], Before: word, After: a.best}
			if a.best == "" {
				e.After, e.Suspect = word, true
			}
			edits = append(edits, e)
		}
		return edits, nil
	}
}

// peerWords returns the spans of the words a checker is given: runs of
// letters with inner apostrophes, in white-space chunks without digits or
// the marks of addresses and code.
func peerWords(text string) [][2]int {
	var out [][2]int
	for _, f := range fieldSpans(text) {
		chunk := text[f[0]:f[1]]
		if strings.ContainsFunc(chunk, func(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune("@/_#=<>\\{}[]|~", r) }) {
			continue
		}
		start := -1
		for i := f[0]; i <= f[1]; {
			r, n := rune(0), 1
			if i < f[1] {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			inner := (r == '\'' || r == '’') && start >= 0 && i+n < f[1] && isLetterAt(text, i+n)
			if unicode.IsLetter(r) || inner {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			i += n
		}
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// fieldSpans returns the spans of the white-space-delimited chunks of s.
func fieldSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}
