package dict

import (
	"cmp"
	"iter"
	"slices"
)

// Bigrams yields every word pair with a bigram count and that count: the
// pairs of the built-in data in the order of their first and then second
// word, then those given to [New], sorted. The words are the lexicon's
// entries, as [Lexicon.All] spells them ({"to", "London"}). It allocates
// nothing for the built-in data.
func (l *Lexicon) Bigrams() iter.Seq2[[2]string, uint64] {
	return func(yield func([2]string, uint64) bool) {
		if t := l.base; t != nil {
			for r := range t.bigramCount() {
				rec := t.bigrams[r*bigramSize:]
				a, b := int(get24(rec)), int(get24(rec[3:]))
				n := uint64(rec[6]) | uint64(rec[7])<<8 | uint64(rec[8])<<16 | uint64(rec[9])<<24
				if !yield([2]string{t.word(a), t.word(b)}, n) {
					return
				}
			}
		}
		if len(l.bigrams) == 0 {
			return
		}
		keys := make([][2]string, 0, len(l.bigrams))
		for k := range l.bigrams {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(x, y [2]string) int {
			return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
		})
		for _, k := range keys {
			if !yield(k, l.bigrams[k]) {
				return
			}
		}
	}
}
