package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Wordlist is a user dictionary: a set of words, each with an optional
// count. [ReadWordList], [ReadHunspell] and [LoadFile] make one;
// [Lexicon.With] merges it over a lexicon. A Wordlist is immutable and safe
// for concurrent use. It also serves as a plain set, for lists of words
// never to touch.
type Wordlist struct {
	name  string
	words map[string]uint64 // 0: no count given
}

// Name returns the name the list was read under (its file path for
// [LoadFile]).
func (w *Wordlist) Name() string { return w.name }

// Len returns the number of words.
func (w *Wordlist) Len() int { return len(w.words) }

// Contains reports whether word is in the list, exactly as spelled.
func (w *Wordlist) Contains(word string) bool { _, ok := w.words[word]; return ok }

// Count returns the count the list gives word, or 0 if it gives none.
func (w *Wordlist) Count(word string) uint64 { return w.words[word] }

// All yields the words in bytewise order with their counts (0 where the
// list gives none).
func (w *Wordlist) All() iter.Seq2[string, uint64] {
	return func(yield func(string, uint64) bool) {
		for _, k := range slices.Sorted(maps.Keys(w.words)) {
			if !yield(k, w.words[k]) {
				return
			}
		}
	}
}

// A ParseError reports a bad line in a dictionary file.
type ParseError struct {
	File string // the name the file was read under
	Line int    // 1-based; 0 when the error concerns the whole file
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// maxLine bounds the length of one line of a dictionary file.
const maxLine = 64 << 10

// ReadWordList reads a plain word list: one word a line, optionally
// followed by whitespace and a decimal count; blank lines and lines whose
// first non-blank character is '#' are skipped, as is anything after a
// '#' that follows whitespace ("colour 120 # British"). A word listed twice
// keeps the last count given. Errors are [*ParseError] values naming name
// and the line.
func ReadWordList(r io.Reader, name string) (*Wordlist, error) {
	wl := &Wordlist{name: name, words: make(map[string]uint64)}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, maxLine)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		text = stripComment(text)
		f := strings.Fields(text)
		if len(f) == 0 {
			continue
		}
		if len(f) > 2 {
			return nil, &ParseError{name, line, fmt.Errorf("want a word and an optional count, got %d fields", len(f))}
		}
		if err := checkWord(f[0]); err != nil {
			return nil, &ParseError{name, line, err}
		}
		var n uint64
		if len(f) == 2 {
			var err error
			n, err = strconv.ParseUint(f[1], 10, 64)
			if err != nil || n == 0 {
				return nil, &ParseError{name, line, fmt.Errorf("count %q is not a positive whole number", f[1])}
			}
		}
		if old, ok := wl.words[f[0]]; ok && n == 0 {
			n = old
		}
		wl.words[f[0]] = n
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{name, 0, err}
	}
	return wl, nil
}

// stripComment drops a '#' comment: at the start of the line (after
// blanks) or after whitespace, so "C#" stays a word.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || strings.TrimSpace(s[:i]) == "") {
			return s[:i]
		}
	}
	return s
}

// checkWord rejects what cannot be a word: invalid UTF-8, control
// characters, overlong entries.
func checkWord(w string) error {
	if !utf8.ValidString(w) {
		return errors.New("word is not valid UTF-8")
	}
	if len(w) > 256 {
		return errors.New("word longer than 256 bytes")
	}
	if i := strings.IndexFunc(w, unicode.IsControl); i >= 0 {
		return fmt.Errorf("word %q has a control character", w)
	}
	return nil
}
