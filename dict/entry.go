package dict

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
	return l.base.bigram(int(a.idx), int(b.idx))
}
