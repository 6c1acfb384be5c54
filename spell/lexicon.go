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
