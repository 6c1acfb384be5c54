package spell

import (
	"iter"

	"github.com/copyedit/copyedit/dict"
)

// lexicon is the part of *dict.Lexicon the corrector uses. Keeping it an
// interface lets the tests run on small hand-made lexicons.
type lexicon interface {
	Count(word string) uint64
	Known(word string) bool
	Attested(word string) bool
	Bigram(a, b string) uint64
	Bigrams() iter.Seq2[[2]string, uint64]
	Variants(word string) []dict.Variant
	All() iter.Seq2[string, uint64]
}

// entryLexicon is the part of *dict.Lexicon that finds a word's entry once
// for many bigram lookups (real_words asks for the pairs of each word with
// its neighbours and with every word of its confusion set).
type entryLexicon interface {
	Entry(word string) (dict.Entry, uint64, bool)
	EntryBigram(a, b dict.Entry) uint64
	EntryBigramMax(e dict.Entry) (first, last uint64)
	Len() int
}
