package spell

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copyedit/copyedit/edit"
)

// What the period after a word says about the sentence. A period after an
// abbreviation does not end a sentence as one after a word does: after a
// title ("Dr. Yoo") the next capitalised word is a name, to be protected like
// any capitalised word within a sentence; after an abbreviation that often
// ends a sentence too ("etc.", "Inc.", "U.S.") or an initial ("George W.
// Bush", but "Plan B. The") the next word decides (see openers).
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
	abbrevNone    abbrevKind = iota // a word: the period ends the sentence
	abbrevName                      // a title, "e.g.": the period ends nothing
	abbrevEnd                       // "etc.", "Inc.", "U.S.": it may end the sentence
	abbrevInitial                   // a capital letter: a name's initial or a letter ending a sentence ("Plan B.")
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
		// An initial ("J. K. Rowling", "George W. Bush"), or a letter
		// ending a sentence ("Plan B.", "vitamin D."); "I." is the pronoun
		// (or a numeral) ending a sentence as often as an initial.
		if unicode.IsUpper(r) && r != 'I' {
			return abbrevInitial
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
// within a sentence. After an initial a word the lexicon has stays within
// the sentence ("W. Bush", "J. Brown": a surname may be a common word).
//
// A capitalised word the lexicon lacks after such an abbreviation or an
// initial is marked ambiguous: it may be a name ("5 p.m. Starmer") or a slip
// opening the next sentence ("etc. Teh"), and reportOpeners weighs it. After
// a middle initial ("George W. Kerrow", "J. K. Rowling") it is a name.
func (c *Corrector) openers(text string, toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.abbrev == abbrevNone {
			continue
		}
		w := text[t.start:t.end]
		lw := strings.ToLower(w)
		if t.abbrev == abbrevEnd {
			t.initial = t.cls != caseLower && c.lex.Known(cutPossessiveStem(lw)) && !c.properName(w, lw)
		}
		t.ambiguous = t.cls == caseTitle && !t.initial && !c.known(w, t.cls) &&
			!(t.abbrev == abbrevInitial && c.middleInitial(text, toks, i))
	}
}

// middleInitial reports whether the initial before toks[i] belongs to a
// name. A letter ends a sentence only after a common word, within the
// sentence and across white space alone ("Plan B.", "vitamin D."); after
// another initial, a title, a capitalised word the lexicon lacks in lower
// case, or punctuation it is an initial ("J. K.", "Mr. J.", "George W.",
// "the director, J.").
func (c *Corrector) middleInitial(text string, toks []token, i int) bool {
	if i < 2 || !toks[i-1].adjacent || toks[i-1].initial {
		return true
	}
	p := toks[i-2]
	if p.skip {
		return true
	}
	if p.cls == caseLower {
		return false
	}
	if p.runes == 1 {
		return true
	}
	lw := strings.ToLower(text[p.start:p.end])
	return title(lw) || !c.lex.Known(cutPossessiveStem(lw))
}

// reportOpeners weighs each ambiguous word (see openers), a capitalised
// word the lexicon lacks after an abbreviation that may end a sentence or
// after a letter: it is corrected as a sentence opener would be when it is
// a plain slip of a very common word ("etc. Teh next", see commonSlip), two
// letters swapped or a neighbouring key, and the correction is sure; otherwise, when a word of the lexicon (not a name)
// is one cheap slip away and clearly the best reading (confidence at least
// initialMinConfidence), it is left as written and reported with its
// candidates ("U.S. Goverment"). A word the document uses more than once is
// a name, and so is one before another capitalised word ("U.S. Sajid
// Javid"), one far from every word ("p.m. Starmer") or one near several
// ("U.S. Farage": "Forage", "Garage"): none is reported.
func (c *Corrector) reportOpeners(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	var (
		uses  map[string]int
		fixed []string
		sc    *scratch
	)
	for i, t := range toks {
		if !t.ambiguous || st[i] != statusProtected {
			continue
		}
		// Protected only as a name: as an opener it would be a suspect.
		opener := t
		opener.initial = true
		if c.status(text, opener, nil) != statusSuspect {
			continue
		}
		w := text[t.start:t.end]
		if uses == nil {
			c.init()
			uses = map[string]int{}
			for _, u := range toks {
				if !u.skip {
					uses[strings.ToLower(text[u.start:u.end])]++
				}
			}
			fixed = make([]string, len(toks))
			sc = c.getScratch()
			defer c.putScratch(sc)
		}
		if uses[strings.ToLower(w)] > 1 || c.emphasis(w) {
			continue
		}
		// Before another capitalised word it is the first of a name
		// ("U.S. Sajid Javid"), as at the start of a sentence.
		if i+1 < len(toks) && toks[i+1].adjacent && !toks[i+1].hyphen && toks[i+1].cls != caseLower {
			continue
		}
		core, suffix := cutPossessive(w)
		sc.runes = lowerRunes(sc.runes[:0], core)
		q := append([]rune(nil), sc.runes...)
		if len(q) < 3 {
			continue
		}
		maxDist := 2
		if len(q) <= 4 {
			maxDist = 1
		}
		nb := c.neighbours(text, toks, st, fixed, i)
		cs := c.wordChoices(q, nb, maxDist, false, sc)
		// Never another name, nor a split or join of a word that may be one.
		cs = slices.DeleteFunc(cs, func(ch choice) bool {
			return ch.rule != "nonword" || ch.text != ch.first
		})
		if len(cs) == 0 || cs[0].dist > nameMaxCost {
			continue
		}
		conf := confidence(cs, keepLogP)
		if conf < initialMinConfidence {
			continue // as likely a name ("U.S. Farage", not "Forage")
		}
		rare := c.lex.Attested(core)
		// Only a swap or a neighbouring key: a vowel for a vowel makes
		// words of names ("Guido", "Lyft").
		slip := c.commonSlip(w, q, cs, sc) && (swapped(q, cs[0].first) || keySlip(q, cs[0].first))
		if !rare && nb.right != "" && slip && conf >= max(c.minConf, initialMinConfidence) {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "nonword",
				Start: t.start, End: t.end, Before: w,
				After:      recase(cs[0].text, t.cls) + suffix,
				Confidence: conf,
			})
			continue
		}
		rule := "nonword"
		if rare {
			rule = "rare"
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: rule,
			Start: t.start, End: t.end, Before: w, After: w,
			Confidence: conf, Suspect: true,
			Candidates: candidateList(cs, t.cls, suffix),
		})
	}
	return edits
}

// keySlip reports whether the word b is q with one letter replaced by the
// letter of a neighbouring key.
func keySlip(q []rune, b string) bool {
	i, diff := 0, -1
	for _, r := range b {
		if i >= len(q) {
			return false
		}
		if r != q[i] {
			if diff >= 0 || !nearKeys(q[i], r) {
				return false
			}
			diff = i
		}
		i++
	}
	return i == len(q) && diff >= 0
}
