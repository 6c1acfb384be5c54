package spell

import (
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// localize converts known words to the spelling of Options.Locale
// ("colour" → "color" for en-US). A possessive is converted by its stem
// ("colour’s" → "color’s"); names and acronyms are left alone (see
// [localizable]).
func (c *Corrector) localize(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	for i, t := range toks {
		if st[i] != statusKnown || !localizable(text, toks, i) {
			continue
		}
		w := text[t.start:t.end]
		stem, suffix := cutPossessive(w)
		if t.cls == caseUpper {
			// In capitals a name ("KENNEDY CENTER", "LABOUR PARTY") looks
			// like any other word, so none is converted.
			continue
		}
		lw := stem
		if t.cls != caseLower {
			lw = strings.ToLower(stem)
		}
		to := c.spellingIn(lw, c.opts.Locale)
		if to == "" || to == lw {
			continue
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: "locale",
			Start: t.start, End: t.end, Before: w, After: recase(to, t.cls) + suffix,
			Confidence: 1,
		})
	}
	return edits
}

// nameConnectors are the lower-case words that join the parts of a name
// ("Centre for Cities", "Theatre of War").
var nameConnectors = [...]string{"for", "of"}

// localizable reports whether the case of toks[i] lets it be converted: a
// word in lower case or in capitals (a headline), and a capitalised word
// only where it is an ordinary word opening a sentence ("Colour matters").
//
// A capitalised word that does not open a sentence is part of a name: of a
// name phrase ("Kennedy Center", "Pearl Harbor", "Australian Labor
// Party"), or alone a party or an institution ("the Labour manifesto", "a
// Center spokesman"). So is a sentence opener followed by another
// capitalised word ("Labour Party members", "Centre Court"), or by "for"
// or "of" and a capitalised word ("Centre for Cities"), and one in the
// possessive ("Labour's leader"): what owns things in the news is an
// organisation far more often than a colour or an honour.
func localizable(text string, toks []token, i int) bool {
	t := toks[i]
	if t.cls != caseTitle {
		return true
	}
	if !t.initial {
		return false
	}
	if _, suffix := cutPossessive(text[t.start:t.end]); suffix != "" {
		return false
	}
	next := func(j int) (token, bool) {
		if j >= len(toks) || toks[j].initial || !(toks[j].adjacent || toks[j].hyphen) {
			return token{}, false
		}
		return toks[j], true
	}
	n, ok := next(i + 1)
	if !ok {
		return true
	}
	if n.cls != caseLower {
		return false
	}
	w := text[n.start:n.end]
	for _, conn := range nameConnectors {
		if w == conn {
			n2, ok := next(i + 2)
			return !ok || n2.cls == caseLower
		}
	}
	return true
}

// spellingIn returns the spelling of the lower-case word lw in locale
// loc (one of dict.Locales), lw itself if lw is right there, or "" if no
// variant of lw is known.
//
// The lexicon's variant groups are the first authority. They have gaps
// ("honour", "armour", "coloured" and "honourable" are missing while
// "honours", "armoured", "colour" and "honourably" are listed), so a word
// without a group is converted as its family is: as its plural ("honour" as
// "honours"), or as the word it is derived from ("honourable" as "honour"
// with "-able"), when the converted form is a word of the lexicon.
func (c *Corrector) spellingIn(lw, loc string) string {
	if to := c.variantIn(lw, loc); to != "" {
		return to
	}
	if to := c.pluralVariant(lw, loc); to != "" {
		return to
	}
	for _, suf := range familySuffixes {
		base, ok := strings.CutSuffix(lw, suf)
		if !ok || len(base) < 3 {
			continue
		}
		vb := c.variantIn(base, loc)
		if vb == "" {
			vb = c.pluralVariant(base, loc)
		}
		if vb == "" {
			continue
		}
		if vb == base {
			return lw
		}
		if to := vb + suf; c.lex.Count(to) > 0 {
			return to
		}
	}
	return ""
}

// familySuffixes are the endings by which a word without a variant group
// is converted as the word it is formed from. They are the endings a word
// takes unchanged; the data lists the inflections, and an inflection
// formed here would get consonant doubling and a silent "e" wrong
// ("centreing" for "centring", "impaneled" for "impanelled"), or read a
// noun for a verb ("analyses").
var familySuffixes = [...]string{"able", "ably", "ful", "fully", "less", "ness"}

// familyMinLen is the length a word needs to be converted as its family:
// the plural of a short word is too often another word's ("bels" and
// "taels" are listed as variants).
const familyMinLen = 4

// pluralVariant converts the lower-case word lw as its plural: "" unless
// the lexicon has a variant group for lw+"s" whose spelling in locale loc,
// without its "s", is a word.
func (c *Corrector) pluralVariant(lw, loc string) string {
	if len(lw) < familyMinLen {
		return ""
	}
	to := c.variantIn(lw+"s", loc)
	if to == "" {
		return ""
	}
	if to == lw+"s" {
		return lw
	}
	stem, ok := strings.CutSuffix(to, "s")
	if !ok || len(stem) < familyMinLen || c.lex.Count(stem) == 0 || c.inflectsOther(lw) || c.inflectsOther(stem) {
		return ""
	}
	return stem
}

// inflections are the regular endings of verbs and adjectives, each with
// what replaces it in the word inflected ("saltier": "salty").
var inflections = [...][2]string{
	{"ier", "y"}, {"ied", "y"}, {"iest", "y"},
	{"er", ""}, {"er", "e"}, {"ed", ""}, {"ed", "e"}, {"est", ""}, {"est", "e"}, {"ing", ""}, {"ing", "e"},
}

// inflectsOther reports whether the lower-case word w reads as a regular
// inflection of a word of the lexicon that has no variants ("saltier" of
// "salty"). The plural of a noun says nothing of such a word: "saltiers"
// and "saltires" are variants, "saltier" and "saltire" are not.
func (c *Corrector) inflectsOther(w string) bool {
	for _, p := range inflections {
		stem, ok := strings.CutSuffix(w, p[0])
		if !ok || len(stem) < 2 {
			continue
		}
		base := stem + p[1]
		if c.lex.Count(base) > 0 && len(c.lex.Variants(base)) == 0 {
			return true
		}
	}
	return false
}

// variantIn returns the spelling of w in locale loc by the lexicon's
// variant groups, w itself if w is already right there, or "" if the
// lexicon knows no variants of w.
func (c *Corrector) variantIn(w, loc string) string {
	vs := c.lex.Variants(w)
	if len(vs) == 0 {
		return ""
	}
	best := ""
	for _, v := range vs {
		if v.Locale != loc {
			continue
		}
		if v.Word == w {
			return w
		}
		if best == "" {
			best = v.Word
		}
	}
	return best
}
