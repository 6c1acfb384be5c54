package dict

import (
	"strings"
	"sync"
)

// Attested reports whether word is in the lexicon's attested tier: words
// the lexicon does not list (so [Lexicon.Known] reports false and
// [Lexicon.Count] 0), but that a human-curated dictionary (SCOWL's larger
// lists or the CMU Pronouncing Dictionary) lists and a web corpus counts,
// and that are not a likely slip for a far commoner word: "chai",
// "largesse", "redshirt", "masse". They are real words too rare, or too
// uncertain, to be proposed as corrections; a corrector should leave them
// as written. Case follows [Lexicon.Known]: "Chai" and "CHAI" are attested
// because "chai" is. A lexicon made by [New] has no attested tier;
// [Lexicon.With] keeps its receiver's.
func (l *Lexicon) Attested(word string) bool {
	if l.base == nil || l.base.attested == nil || word == "" {
		return false
	}
	a := l.base.attested
	if a.has(word) {
		return true
	}
	if !hasUpper(word) {
		return false
	}
	if title, caps := shape(word); title || caps {
		return a.has(strings.ToLower(word))
	}
	return false
}

// An attestedList is data/attested.txt, sorted lowercase words each
// followed by '\n', searched in place. The offsets of its words are found
// on first use.
type attestedList struct {
	text string
	once sync.Once
	offs []uint32 // offs[i] is where word i starts; offs[n] == len(text)
}

func newAttestedList(text string) *attestedList { return &attestedList{text: text} }

// index finds the word offsets. A last line without '\n' counts as a word.
func (a *attestedList) index() []uint32 {
	a.once.Do(func() {
		offs := make([]uint32, 0, strings.Count(a.text, "\n")+2)
		p := 0
		for p < len(a.text) {
			offs = append(offs, uint32(p))
			if j := strings.IndexByte(a.text[p:], '\n'); j >= 0 {
				p += j + 1
			} else {
				p = len(a.text) + 1 // as if the '\n' were there
			}
		}
		a.offs = append(offs, uint32(p))
	})
	return a.offs
}

// word returns word i.
func (a *attestedList) word(i int, offs []uint32) string {
	return a.text[offs[i] : offs[i+1]-1]
}

// has reports whether w is listed, by binary search.
func (a *attestedList) has(w string) bool {
	offs := a.index()
	lo, hi := 0, len(offs)-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch x := a.word(mid, offs); {
		case x < w:
			lo = mid + 1
		case x > w:
			hi = mid
		default:
			return true
		}
	}
	return false
}
