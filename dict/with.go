package dict

import "maps"

// UserCount is the count [Lexicon.With] gives a user word that its list
// gives no count and the lexicon does not have: that of a moderately common
// word (the built-in "scepticism" has about 300,000, "abbreviate" about
// 100,000), so corrections reach user words without preferring them over
// everyday English.
const UserCount = 100000

// With returns a new lexicon: l with the words of extra added. A count given
// by a list overrides the lexicon's (a later list's overrides an earlier
// one's); a word given without a count keeps the count it has, or gets
// [UserCount] if it is new. l itself is unchanged, and the new lexicon
// shares l's built-in data, bigrams and variants.
func (l *Lexicon) With(extra ...*Wordlist) *Lexicon {
	m := maps.Clone(l.extra)
	if m == nil {
		m = make(map[string]uint64)
	}
	for _, wl := range extra {
		if wl == nil {
			continue
		}
		for w, n := range wl.words {
			switch {
			case n > 0:
				m[w] = n
			case m[w] > 0:
			case l.baseIndex(w) >= 0:
			default:
				m[w] = UserCount
			}
		}
	}
	out := &Lexicon{base: l.base, bigrams: l.bigrams}
	out.setExtra(m)
	return out
}
