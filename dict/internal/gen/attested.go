package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// The attested tier (data/attested.txt) holds words the lexicon leaves out
// but that are real: a human-curated word list has them, and Norvig's
// count_1w (Web 1T) counts them. The web counts alone cannot admit a word,
// since they count common misspellings as high as rare words ("alot",
// "accidently"); the curated lists alone hold too many obscure words and a
// few misspellings-as-entries. Together, and without the words that look
// like a slip for a far commoner word, they leave mostly rare real words:
// "chai", "largesse", "redshirt", "masse". The spell stage never changes
// such a word, and never proposes one as a correction.

// srcCMUDict is the CMU Pronouncing Dictionary as Debian's
// pocketsphinx-en-us ships it, relative to the directory the package was
// extracted into (dpkg -x):
//
//	pocketsphinx-en-us_0.8+5prealpha+1-15_all.deb  6bf9ef84f7dd96f497ff29a725e2a15500e9b8f73869f6854293aab7310ee28c
var srcCMUDict = source{"usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict",
	"9de99dd2a24b63c653c1c30ab39388d05185cae36d0875f15c319b4ad6dc43af"}

const (
	// attestedMinLen is the shortest attested word, in bytes: shorter
	// words are one slip from too many others ("ment", "lol" are listed).
	attestedMinLen = 4
	// attestedTypoRatio: a word counted less than 1/attestedTypoRatio as
	// often as a lexicon word one edit away is taken for that word's slip
	// ("futher" 196,757 against "further" 109,528,141), curated list or not.
	attestedTypoRatio = 100
	// attestedDoubleRatio is attestedTypoRatio for a doubled or undoubled
	// letter, the commonest slip ("occuring" 443,697 against "occurring"
	// 6,273,414): a word one such slip from a word ten times as common
	// is taken for its slip.
	attestedDoubleRatio = 10
)

// readCMUDict returns the words of cmudict: the first field of each line,
// without the "(2)" of alternative pronunciations, lowercase ASCII letters
// and apostrophes only.
func readCMUDict(name string, b []byte) (map[string]bool, error) {
	m := make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"word PHONES\", got %q", name, line, sc.Text())
		}
		w := f[0]
		if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
			w = w[:i]
		}
		if lowerWord(w) {
			m[w] = true
		}
	}
	return m, sc.Err()
}

// lowerWord reports whether w is lowercase ASCII letters, with apostrophes
// inside.
func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '\'' && i > 0 && i < len(w)-1) {
			return false
		}
	}
	return w != ""
}

// attestedWords returns, sorted, the words count_1w (norvig) counts that
// the lexicon (counts, by entry) lacks in every case, that a curated list
// has, and that are not a likely slip for a lexicon word (see typoLike).
// Only words of lowercase letters, attestedMinLen or longer, qualify.
func attestedWords(norvig, counts map[string]uint64, curated ...map[string]bool) []string {
	lc := make(map[string]uint64, len(counts))
	for w, n := range counts {
		lw := strings.ToLower(w)
		lc[lw] = max(lc[lw], n)
	}
	var out []string
	for w, n := range norvig {
		if len(w) < attestedMinLen || !letters(w) || lc[w] > 0 {
			continue
		}
		listed := false
		for _, c := range curated {
			listed = listed || c[w]
		}
		if listed && !typoLike(w, n, lc) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// letters reports whether w is lowercase ASCII letters only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// neighbourRunes are the characters an edit may add or substitute.
const neighbourRunes = "abcdefghijklmnopqrstuvwxyz'-"

// typoLike reports whether a lexicon word one edit from w (a letter
// deleted, added or replaced, or two neighbours swapped) is counted at
// least attestedTypoRatio times as often as w (count n), or at least
// attestedDoubleRatio times when the edit doubles or undoubles a letter.
func typoLike(w string, n uint64, lc map[string]uint64) bool {
	hit := func(v []byte, ratio uint64) bool { return lc[string(v)] >= n*ratio }
	b := []byte(w)
	buf := make([]byte, 0, len(b)+1)
	for i := 0; i <= len(b); i++ {
		if i < len(b) {
			ratio := uint64(attestedTypoRatio)
			if i > 0 && b[i-1] == b[i] || i+1 < len(b) && b[i+1] == b[i] {
				ratio = attestedDoubleRatio
			}
			if hit(append(append(buf[:0], b[:i]...), b[i+1:]...), ratio) {
				return true
			}
			if i+1 < len(b) {
				buf = append(append(buf[:0], b[:i]...), b[i+1], b[i])
				if hit(append(buf, b[i+2:]...), attestedTypoRatio) {
					return true
				}
			}
		}
		for j := 0; j < len(neighbourRunes); j++ {
			r := neighbourRunes[j]
			if i < len(b) && r != b[i] {
				buf = append(append(buf[:0], b[:i]...), r)
				if hit(append(buf, b[i+1:]...), attestedTypoRatio) {
					return true
				}
			}
			ratio := uint64(attestedTypoRatio)
			if i > 0 && b[i-1] == r || i < len(b) && b[i] == r {
				ratio = attestedDoubleRatio
			}
			buf = append(append(buf[:0], b[:i]...), r)
			if hit(append(buf, b[i:]...), ratio) {
				return true
			}
		}
	}
	return false
}

// lowerSet returns the lowercase-letter words of SCOWL lists as a set.
func lowerSet(lists ...map[string]scowlWord) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for w := range l {
			if letters(w) {
				m[w] = true
			}
		}
	}
	return m
}
