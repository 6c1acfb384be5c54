// Package dict provides copyedit's embedded English lexicon: word counts,
// bigram counts and US/UK spelling variants, plus user dictionaries merged
// over it.
//
// STUB: the API below is the contract other packages build on; the data and
// loader are being implemented (issue 3).
package dict

import "iter"

// A Variant is one spelling of a word together with the locale that uses it.
type Variant struct {
	Word   string // the spelling, e.g. "colour"
	Locale string // "en-US", "en-GB" (or "en-GB-ize", "en-CA"), see Locales
}

// A Lexicon is a read-only set of words with counts. It is safe for
// concurrent use.
type Lexicon struct {
	words   map[string]uint64
	bigrams map[[2]string]uint64
}

// English returns the built-in lexicon. It is decoded once, on first use.
func English() (*Lexicon, error) { return &Lexicon{}, nil }

// Count returns the corpus count of word, exactly as spelled, or 0.
func (l *Lexicon) Count(word string) uint64 { return l.words[word] }

// Known reports whether word is in the lexicon. Lookups are case-aware.
func (l *Lexicon) Known(word string) bool { _, ok := l.words[word]; return ok }

// Bigram returns the count of the word pair "a b", or 0.
func (l *Lexicon) Bigram(a, b string) uint64 { return l.bigrams[[2]string{a, b}] }

// Variants returns the spellings of word in every locale, including word
// itself, or nil if it has none.
func (l *Lexicon) Variants(word string) []Variant { return nil }

// Len returns the number of words.
func (l *Lexicon) Len() int { return len(l.words) }

// All yields every word and its count, in a deterministic order.
func (l *Lexicon) All() iter.Seq2[string, uint64] {
	return func(yield func(string, uint64) bool) {
		for w, c := range l.words {
			if !yield(w, c) {
				return
			}
		}
	}
}

// A Wordlist is a user dictionary.
type Wordlist struct{}

// LoadFile reads a user dictionary.
func LoadFile(path string) (*Wordlist, error) { return &Wordlist{}, nil }

// With returns l merged with extra.
func (l *Lexicon) With(extra ...*Wordlist) *Lexicon { return l }
