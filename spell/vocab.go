package spell

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWordLen is the longest word, in runes, the corrector indexes or
// corrects.
const maxWordLen = 40

// A vocab is the set of words a typo can be corrected to: the lexicon's
// lower-case words, plus its capitalised words (names) that have no
// lower-case form, keyed by their lower-case spelling. Words are ordered by
// length in runes, so that all words of one length are contiguous.
type vocab struct {
	keys   []string  // lower-case spelling
	forms  []string  // spelling to output (differs from key for names)
	logp   []float32 // natural log of the word's unigram probability
	counts []uint64
	masks  []uint32 // letters a..z present, bit 26 for any other rune
	lens   []uint8  // length in runes
	byLen  [maxWordLen + 2]int32
	total  float64 // sum of all counts
}

// letterMask returns the set of letters in w.
func letterMask(w []rune) uint32 {
	var m uint32
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			m |= 1 << (r - 'a')
		} else {
			m |= 1 << 26
		}
	}
	return m
}

// candidateWord reports whether a lexicon entry can be the target of a
// correction, and whether it is a name (capitalised).
func candidateWord(w string) (ok, name bool) {
	n := 0
	for i, r := range w {
		n++
		switch {
		case unicode.IsLower(r):
		case unicode.IsUpper(r):
			if i != 0 {
				return false, false
			}
			name = true
		case r == '\'' || r == '-':
			if i == 0 {
				return false, false
			}
		default:
			return false, false
		}
	}
	return n > 0 && n <= maxWordLen, name
}

func newVocab(lex lexicon) *vocab {
	type entry struct {
		key, form string
		count     uint64
		n         int
	}
	var ents []entry
	var byLen [maxWordLen + 2]int32
	total := 0.0
	for w, c := range lex.All() {
		total += float64(c)
		ok, name := candidateWord(w)
		if !ok {
			continue
		}
		key := w
		if name {
			key = strings.ToLower(w)
			if lex.Count(key) > 0 {
				continue // the lower-case word is there on its own
			}
		}
		n := utf8.RuneCountInString(key)
		ents = append(ents, entry{key, w, c, n})
		byLen[n+1]++
	}
	for i := 1; i < len(byLen); i++ {
		byLen[i] += byLen[i-1]
	}
	v := &vocab{
		keys:   make([]string, len(ents)),
		forms:  make([]string, len(ents)),
		logp:   make([]float32, len(ents)),
		counts: make([]uint64, len(ents)),
		masks:  make([]uint32, len(ents)),
		lens:   make([]uint8, len(ents)),
		byLen:  byLen,
		total:  math.Max(total, 1),
	}
	next := byLen
	var rs []rune
	for _, e := range ents {
		i := next[e.n]
		next[e.n]++
		v.keys[i], v.forms[i], v.counts[i] = e.key, e.form, e.count
		v.logp[i] = float32(math.Log(float64(e.count+1) / v.total))
		rs = appendRunes(rs[:0], e.key)
		v.masks[i] = letterMask(rs)
		v.lens[i] = uint8(len(rs))
	}
	return v
}

// lenRange returns the ids of the words whose length in runes is in [lo, hi].
func (v *vocab) lenRange(lo, hi int) (int, int) {
	lo = max(lo, 0)
	hi = min(hi, maxWordLen)
	if lo > hi {
		return 0, 0
	}
	return int(v.byLen[lo]), int(v.byLen[hi+1])
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}
