package dict

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

// A Lexicon is a read-only set of words with counts, bigram counts and
// spelling variants. It is safe for concurrent use.
//
// The built-in lexicon comes from [English]; [New] builds a small one (for
// tests), and [Lexicon.With] merges user dictionaries over either.
type Lexicon struct {
	base *table // the built-in data, or nil

	// Words added or re-counted over base. extra holds every such word
	// with its count; added lists, sorted, the ones base lacks; fold maps
	// the lowercase form of each extra word with upper case letters to it.
	extra map[string]uint64
	added []string
	fold  map[string]string

	bigrams map[[2]string]uint64 // pairs of New, by entry; nil for English
}

var english struct {
	once sync.Once
	lex  *Lexicon
	err  error
}

// English returns the built-in English lexicon. It is decoded on the first
// call (a few milliseconds; see README.md) and shared by every caller after
// that: the package keeps that one immutable Lexicon, behind a sync.Once,
// as its only package-level state.
func English() (*Lexicon, error) {
	english.once.Do(func() {
		t, err := newTable(wordsTxt, countsBin, bigramsBin, variantsTxt)
		if err != nil {
			english.err = err
			return
		}
		t.attested = newAttestedList(attestedTxt)
		english.lex = &Lexicon{base: t}
	})
	return english.lex, english.err
}

// New returns a lexicon of just the given words and bigrams, keyed by the
// exact spelling of each word ({"of", "the"} for the pair "of the"). It is
// meant for tests and small custom vocabularies; the maps are copied. A
// New lexicon has no spelling variants.
func New(words map[string]uint64, bigrams map[[2]string]uint64) *Lexicon {
	l := &Lexicon{bigrams: maps.Clone(bigrams)}
	l.setExtra(maps.Clone(words))
	return l
}

// setExtra installs extra and derives added and fold from it.
func (l *Lexicon) setExtra(extra map[string]uint64) {
	if len(extra) == 0 {
		return
	}
	l.extra = extra
	l.fold = make(map[string]string)
	for w := range extra {
		if l.base == nil || l.base.find(w) < 0 {
			l.added = append(l.added, w)
		}
		if hasUpper(w) {
			lw := lower(w)
			if cur, ok := l.fold[lw]; !ok || extra[w] > extra[cur] || extra[w] == extra[cur] && w < cur {
				l.fold[lw] = w
			}
		}
	}
	slices.Sort(l.added)
}

// Count returns the corpus count of word, exactly as spelled, or 0.
func (l *Lexicon) Count(word string) uint64 {
	if l.extra != nil {
		if c, ok := l.extra[word]; ok {
			return c
		}
	}
	if l.base != nil {
		if i := l.base.find(word); i >= 0 {
			return l.base.count(i)
		}
	}
	return 0
}

// Known reports whether word is in the lexicon as spelled, or capitalised
// as the package documentation describes ("The" for "the", "LONDON" for
// "London").
func (l *Lexicon) Known(word string) bool {
	_, _, ok := l.Lookup(word)
	return ok
}

// Lookup finds the entry word stands for under the rules of [Lexicon.Known]
// and returns it with its count: Lookup("The") returns "the" and the count
// of "the".
func (l *Lexicon) Lookup(word string) (entry string, count uint64, ok bool) {
	e, i, ok := l.resolve(word)
	if !ok {
		return "", 0, false
	}
	if l.extra != nil {
		if c, ok := l.extra[e]; ok {
			return e, c, true
		}
	}
	return e, l.base.count(i), true
}

// resolve returns the entry for word and its base index (-1 if the entry
// is not in base).
func (l *Lexicon) resolve(word string) (entry string, idx int, ok bool) {
	if e, i, ok := l.resolveCase(word); ok {
		return e, i, true
	}
	if strings.Contains(word, "\u2019") {
		return l.resolveCase(strings.ReplaceAll(word, "\u2019", "'"))
	}
	return "", -1, false
}

// resolveCase is resolve without the apostrophe rule.
func (l *Lexicon) resolveCase(word string) (entry string, idx int, ok bool) {
	if e, i, ok := l.exact(word); ok {
		return e, i, true
	}
	if word == "" || !hasUpper(word) {
		return "", -1, false
	}
	title, caps := shape(word)
	if !title && !caps {
		return "", -1, false
	}
	lw := lower(word)
	if e, i, ok := l.exact(lw); ok {
		return e, i, true
	}
	if !caps {
		return "", -1, false
	}
	if e, i, ok := l.exact(titleCase(lw)); ok {
		return e, i, true
	}
	if l.fold != nil {
		if e, ok := l.fold[lw]; ok {
			return e, l.baseIndex(e), true
		}
	}
	if l.base != nil {
		if i, ok := l.base.mixedIndex()[lw]; ok {
			return l.base.word(int(i)), int(i), true
		}
	}
	return "", -1, false
}

// exact looks word up as spelled.
func (l *Lexicon) exact(word string) (string, int, bool) {
	i := l.baseIndex(word)
	if i >= 0 {
		return l.base.word(i), i, true
	}
	if l.extra != nil {
		if _, ok := l.extra[word]; ok {
			return word, -1, true
		}
	}
	return "", -1, false
}

func (l *Lexicon) baseIndex(word string) int {
	if l.base == nil {
		return -1
	}
	return l.base.find(word)
}

// Bigram returns the count of the word pair "a b", or 0. Each word is
// resolved as [Lexicon.Known] resolves it, so Bigram("The", "LONDON")
// is the count of "the London".
func (l *Lexicon) Bigram(a, b string) uint64 {
	ea, ia, ok := l.resolve(a)
	if !ok {
		return 0
	}
	eb, ib, ok := l.resolve(b)
	if !ok {
		return 0
	}
	if l.bigrams != nil {
		if c, ok := l.bigrams[[2]string{ea, eb}]; ok {
			return c
		}
	}
	if ia < 0 || ib < 0 {
		return 0
	}
	return l.base.bigram(ia, ib)
}

// Len returns the number of words.
func (l *Lexicon) Len() int {
	n := len(l.added)
	if l.base != nil {
		n += l.base.len()
	}
	return n
}

// All yields every word and its count, in bytewise order of the words. It
// allocates nothing: the strings it yields are the lexicon's own.
func (l *Lexicon) All() iter.Seq2[string, uint64] {
	return func(yield func(string, uint64) bool) {
		added := l.added
		if l.base != nil {
			t := l.base
			for i := range t.len() {
				w := t.word(i)
				for len(added) > 0 && added[0] < w {
					if !yield(added[0], l.extra[added[0]]) {
						return
					}
					added = added[1:]
				}
				c := t.count(i)
				if l.extra != nil {
					if x, ok := l.extra[w]; ok {
						c = x
					}
				}
				if !yield(w, c) {
					return
				}
			}
		}
		for _, w := range added {
			if !yield(w, l.extra[w]) {
				return
			}
		}
	}
}
