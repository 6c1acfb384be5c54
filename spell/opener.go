package spell

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What the period after a word says about the sentence. A period after an
// abbreviation does not end a sentence as one after a word does: after a
// title or an initial ("Dr. Yoo", "George W. Bush") the next capitalised
// word is a name, to be protected like any capitalised word within a
// sentence; after an abbreviation that often ends a sentence too ("etc.",
// "Inc.", "U.S.") the next word decides (see openers).
//
// This follows the Punkt sentence tokenizer (Kiss and Strunk 2006), with a
// fixed list of abbreviations instead of one learnt from the text, and the
// lexicon as its orthographic evidence: after an abbreviation, a capitalised
// word that is usually written in lower case opens a sentence. Unlike Punkt,
// a title and an initial always keep the next word ("Mr. Brown", "W. Bush":
// the surname may be a common word), since in news a sentence rarely ends
// with one.
type abbrevKind uint8

const (
	abbrevNone abbrevKind = iota // a word: the period ends the sentence
	abbrevName                   // a title, an initial, "e.g.": the period ends nothing
	abbrevEnd                    // "etc.", "Inc.", "U.S.": it may end the sentence
)

// maxAbbrevLen is the longest abbreviation in bytes, dots included
// ("approx", "P.E.I").
const maxAbbrevLen = 8

// abbreviation classifies the text before a period, the start of a
// white-space-delimited chunk up to the period: its last run of letters and
// dots is the word the period belongs to ("(Dr" is "Dr", "e.g" is "e.g").
func abbreviation(before string) abbrevKind {
	i := len(before)
	for i > 0 {
		if len(before)-i > maxAbbrevLen {
			// Longer than any abbreviation; and a run of dots is not
			// scanned once per dot.
			return abbrevNone
		}
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if r != '.' && !isWordRune(r) {
			break
		}
		i -= size
	}
	w := before[i:]
	if w == "" || w[len(w)-1] == '.' {
		return abbrevNone // nothing, or a second period ("etc..")
	}
	if strings.Contains(w, ".") {
		// Letters with dots between them: "e.g", "U.S", "a.m".
		switch strings.ToLower(w) {
		case "e.g", "i.e", "n.b":
			return abbrevName
		}
		if oneLetters(w) {
			return abbrevEnd
		}
		return abbrevNone
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		// An initial ("J. K. Rowling", "George W. Bush"); "I." is the
		// pronoun ending a sentence as often as an initial.
		if unicode.IsUpper(r) && r != 'I' {
			return abbrevName
		}
		return abbrevNone
	}
	if len(w) > len("approx") {
		return abbrevNone
	}
	lw := strings.ToLower(w)
	if unicode.IsUpper(r) && title(lw) {
		return abbrevName
	}
	switch lw {
	case "vs", "cf", "viz", "approx":
		return abbrevName
	case "etc", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "plc", "esq", "llc", "no", "nos",
		"vol", "ft":
		return abbrevEnd
	}
	return abbrevNone
}

// title reports the abbreviated titles (in lower case) that stand before a
// name: "Mr", "Dr", "Gen", "Cllr", "St" (a saint, and so a name: "St.
// Petersburg").
func title(lw string) bool {
	switch lw {
	case "mr", "mrs", "ms", "mx", "messrs", "mme", "mlle", "dr", "prof", "rev", "fr", "msgr",
		"sen", "rep", "gov", "pres", "hon", "amb", "atty", "cllr", "supt", "insp", "det", "sgt",
		"cpl", "pte", "lt", "capt", "cmdr", "col", "maj", "gen", "brig", "adm", "st", "mt":
		return true
	}
	return false
}

// oneLetters reports whether w is single letters between dots ("U.S",
// "a.m", "P.E.I").
func oneLetters(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// openers decides whether each word after an abbreviation that may end a
// sentence ("etc. The", "Apple Inc. Tedros") opens one: it does when it is
// capitalised and the lexicon has it in lower case, not only capitalised (a
// word usually written in lower case, capitalised because it opens a
// sentence); otherwise it is taken for a name, like a capitalised word
// within a sentence.
func (c *Corrector) openers(text string, toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.abbrev {
			continue
		}
		w := text[t.start:t.end]
		lw := strings.ToLower(w)
		t.initial = t.cls != caseLower && c.lex.Known(cutPossessiveStem(lw)) && !c.properName(w, lw)
	}
}
