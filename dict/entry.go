package dict

import "math"

// An Entry is a word of a Lexicon, found once by [Lexicon.Entry], whose
// bigrams can then be counted by [Lexicon.EntryBigram] without looking the
// word up again: for a caller that asks for many pairs of the same words.
// The zero Entry stands for a word the lexicon lacks.
type Entry struct {
	word  string // the entry as listed
	idx   int32  // index in the built-in data, -1 if the entry is not there
	known bool
}

// Word returns the entry as the lexicon lists it ("the" for an Entry found
// from "The"), or "" for the zero Entry.
func (e Entry) Word() string { return e.word }

// Entry finds the entry word stands for under the rules of [Lexicon.Known],
// as [Lexicon.Lookup] does, and returns it with its count. It returns the
// zero Entry and false when word is not known.
func (l *Lexicon) Entry(word string) (Entry, uint64, bool) {
	e, i, ok := l.resolve(word)
	if !ok {
		return Entry{}, 0, false
	}
	ent := Entry{word: e, idx: int32(i), known: true}
	if l.extra != nil {
		if c, ok := l.extra[e]; ok {
			return ent, c, true
		}
	}
	return ent, l.base.count(i), true
}

// EntryBigram returns the count of the pair of entries a, b, or 0:
// l.EntryBigram(ea, eb) equals l.Bigram(x, y) when ea and eb are the
// entries l found for x and y. Entries are valid only with the lexicon
// that found them.
func (l *Lexicon) EntryBigram(a, b Entry) uint64 {
	if !a.known || !b.known {
		return 0
	}
	if l.bigrams != nil {
		if c, ok := l.bigrams[[2]string{a.word, b.word}]; ok {
			return c
		}
	}
	if a.idx < 0 || b.idx < 0 {
		return 0
	}
	return l.base.bigramFast(int(a.idx), int(b.idx))
}

// EntryBigramMax bounds the bigrams of e: no pair "e x" counts more than
// first and no pair "x e" more than last, whatever x, by
// [Lexicon.EntryBigram]. The bounds of the built-in list are its largest
// counts; a lexicon with bigrams of its own ([New]) gives no bound (the
// largest uint64).
func (l *Lexicon) EntryBigramMax(e Entry) (first, last uint64) {
	if !e.known {
		return 0, 0
	}
	if l.bigrams != nil {
		return math.MaxUint64, math.MaxUint64
	}
	if e.idx < 0 {
		return 0, 0
	}
	m := l.base.pairs().max[e.idx]
	return uint64(m.first), uint64(m.last)
}

// Index returns the entry's place among the lexicon's built-in words, in
// [0, n) for n built-in words (n is at most [Lexicon.Len]), or -1 for a word
// only a user list or [New] gives, and for the zero Entry: a key for a
// caller's tables kept per word.
func (e Entry) Index() int {
	if !e.known {
		return -1
	}
	return int(e.idx)
}
