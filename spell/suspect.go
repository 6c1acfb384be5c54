package spell

import (
	"slices"
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// maxCandidates is the number of candidates reported with a suspect.
const maxCandidates = 5

// Confidence a capitalised word at the start of a sentence needs: it may be
// a name the lexicon lacks, so only a clear single slip is corrected.
const initialMinConfidence = 0.9

// nameMaxCost is the largest error-model cost of a correction of a word
// that may be a name: a transposition, a doubled or dropped letter, a
// neighbouring key ("STARMER" is not a slip for "STARTER").
const nameMaxCost = 0.7

// repeatedMaxCost is the largest error-model cost of the best candidate of
// a word the document repeats for the word to be reported: about one slip.
const repeatedMaxCost = 1.2

// fixSuspects corrects or reports every suspect token.
func (c *Corrector) fixSuspects(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	c.init()
	// Words the document uses more than once are taken to be right.
	uses := map[string]int{}
	for i, t := range toks {
		if st[i] != statusKnown && !t.skip {
			uses[strings.ToLower(text[t.start:t.end])]++
		}
	}
	sc := c.getScratch()
	defer c.putScratch(sc)
	fixed := make([]string, len(toks)) // lower-case replacement of corrected tokens
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if st[i] != statusSuspect {
			continue
		}
		w := text[t.start:t.end]
		// A word used more than once is never changed, but one in lower
		// case (or capitalised only as a sentence opener) is still reported
		// when a word of the lexicon fits it well.
		repeated := uses[strings.ToLower(w)] > 1
		if repeated && t.cls != caseLower && !(t.cls == caseTitle && t.initial) {
			continue
		}
		// A capitalised word that opens a sentence and is followed by
		// another capitalised word is the first of a name ("Wes
		// Streeting"); so it is before a word in capitals ("Groupe SEB"),
		// unless it is a plain slip for a common word ("Thsi BBC show").
		nameFirst := t.cls == caseTitle && i+1 < len(toks) && toks[i+1].adjacent && toks[i+1].cls == caseTitle
		beforeCaps := t.cls == caseTitle && i+1 < len(toks) && toks[i+1].adjacent && toks[i+1].cls == caseUpper
		if nameFirst {
			continue
		}
		// A word drawn out for emphasis ("sooo", "Oooh") is not a slip;
		// one with a doubled letter typed thrice is ("beeen").
		if c.emphasis(w) {
			continue
		}
		core, suffix := cutPossessive(w)
		// A variant spelling of a known word is right as it is: it is
		// reported with that word, never changed.
		if v, ok := c.variantOf(strings.ToLower(core)); ok {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "variant",
				Start: t.start, End: t.end, Before: w, After: w,
				Confidence: 0, Suspect: true,
				Candidates: []string{recase(v, t.cls) + suffix},
			})
			continue
		}
		sc.runes = lowerRunes(sc.runes[:0], core)
		q := append([]rune(nil), sc.runes...)
		if len(q) < 2 {
			continue
		}
		nb := c.neighbours(text, toks, st, fixed, i)
		maxDist := 2
		if len(q) <= 4 {
			maxDist = 1
		}
		// Splits and joins are ranked even with spaces "off": a run-on
		// whose best reading is a split is then reported, not turned into
		// the best single word ("tothe" is not "tooth").
		split := suffix == "" && t.cls != caseUpper
		cs := c.wordChoices(q, nb, maxDist, split, sc)
		// A capitalised sentence opener or a word in capitals that the
		// lexicon lacks may be a name: it is never turned into another name
		// ("Raab" is not "Arab"), and only a cheap slip is corrected.
		mayBeName := (t.initial && t.cls == caseTitle) || t.cls == caseUpper
		if mayBeName {
			cs = slices.DeleteFunc(cs, func(ch choice) bool { return ch.text != ch.first && ch.rule == "nonword" })
		}
		if suffix == "" && !repeated {
			cs = c.joinChoices(text, toks, st, fixed, i, q, nb, cs)
		}
		if c.model != nil {
			c.modelExtra(text, toks, st, fixed, i, nb, cs)
		}
		if len(cs) == 0 || (beforeCaps && !c.commonSlip(w, q, cs, sc)) {
			continue
		}
		conf := confidence(cs, keepLogP)
		need := c.minConf
		if mayBeName && len(cs) > 0 {
			need = max(need, initialMinConfidence)
			if cs[0].dist > nameMaxCost {
				need = 2
			}
		}
		// A short word has many neighbours in spelling; only its neighbours
		// in the sentence can tell them apart. A name or a number counts as
		// a side where the bigram list says something about the best
		// candidate next to its class, and a word must stand on one side at
		// least.
		if len(q) <= 3 && len(cs) > 0 && (!c.leftSpeaks(nb, cs[0].first) || !c.rightSpeaks(nb, cs[0].last) ||
			nb.left == "" && nb.right == "") {
			need = 2
		}
		// A sentence opener one cheap slip from a very common word ("Teh",
		// "Adn") is that word, not a name, unless the lexicon has it in
		// some case; so is a three-letter word with one neighbour, when the
		// slip is two letters swapped ("by teh BBC"): a swap has a single
		// source, so the word alone can tell.
		switch {
		case t.initial && t.cls == caseTitle && nb.right != "" && c.commonSlip(w, q, cs, sc):
			need = max(c.minConf, initialMinConfidence)
		case len(q) == 3 && (nb.leftSide() || nb.rightSide()) && !mayBeName &&
			c.commonSlip(w, q, cs, sc) && swapped(q, cs[0].first):
			need = max(c.minConf, initialMinConfidence)
		}
		top := cs[0]
		// A word a curated dictionary lists and a corpus counts (the
		// lexicon's attested tier) is rare but real: it is reported with
		// its candidates, never changed into another word. Space errors
		// are still mended: a run-on next to a function word (curated
		// lists carry a few: "alot", "aswell"), and a word broken into
		// pieces one of which the tier has ("anno unced").
		rare := top.rule == "nonword" && c.lex.Attested(core)
		rule := "nonword"
		if rare {
			rule = "rare"
		}
		if repeated {
			if conf >= need && top.rule == "nonword" && top.dist <= repeatedMaxCost {
				edits = append(edits, edit.Edit{
					Stage: Stage, Rule: rule,
					Start: t.start, End: t.end, Before: w, After: w,
					Confidence: conf, Suspect: true,
					Candidates: candidateList(cs, t.cls, suffix),
				})
			}
			continue
		}
		start, end := t.start, t.end
		switch top.join {
		case -1:
			start = toks[i-1].start
		case 1:
			end = toks[i+1].end
		}
		// A lower-case word is never changed in case alone ("pinot"), nor,
		// when the lexicon has it capitalised ("tories") or in capitals
		// (an acronym written casually: "tv", "un"), into another word.
		// A word of two letters one slip from one of the commonest words
		// is the exception ("ni" and "th" are far more often "in" and
		// "the" than the symbols Ni and Th): it changes only where both
		// neighbours speak for it (above), and "mr", "fe" or "ag" (one
		// slip from "me", "fee", "age") stay; so does a common acronym
		// ("tv" is not "to"), unless two letters are swapped.
		caseOnly := t.cls == caseLower && top.join == 0 && strings.EqualFold(top.text, core)
		lw := strings.ToLower(core)
		_, name := c.lowerOfName(lw)
		acronym := !name && c.lowerOfAcronym(lw)
		slip := len(q) == 2 && (swapped(q, top.first) || !acronym && c.lex.Count(top.first) >= functionSlipCount)
		if (name || acronym) && t.cls == caseLower && top.rule == "nonword" && !slip {
			caseOnly = true
		}
		// With spaces "off" no split or join is made, and no other word is
		// put in its place: the word is left as written and reported.
		spacesOff := c.opts.Spaces == "off" && (top.rule == "split" || top.rule == "join")
		if spacesOff {
			rule = top.rule
		}
		if conf < need || caseOnly || rare || spacesOff || (top.join == -1 && fixed[i-1] != "") {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: rule,
				Start: t.start, End: t.end, Before: w, After: w,
				Confidence: conf, Suspect: true,
				Candidates: candidateList(cs, t.cls, suffix),
			})
			continue
		}
		cls := t.cls
		if top.join == -1 {
			cls = toks[i-1].cls
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: top.rule,
			Start: start, End: end, Before: text[start:end],
			After:      recase(top.text, cls) + suffix,
			Confidence: conf,
		})
		fixed[i] = top.last
		if top.join == 1 {
			fixed[i+1] = top.last
			i++
		}
	}
	return edits
}

func candidateList(cs []choice, cls caseClass, suffix string) []string {
	var out []string
	for _, ch := range cs[:min(len(cs), maxCandidates)] {
		out = append(out, recase(ch.text, cls)+suffix)
	}
	return out
}

// word returns the lower-case word at toks[j] for use as context of the
// token toks[i] (i is the later of the two), or "" where there is none:
// across punctuation or a hyphen, at a name, a protected word or an
// uncorrected suspect.
func (c *Corrector) word(text string, toks []token, st []status, fixed []string, j, i int) string {
	if j < 0 || j >= len(toks) || !toks[i].adjacent || toks[i].hyphen {
		return ""
	}
	if fixed[j] != "" {
		return fixed[j]
	}
	t := toks[j]
	if t.runes == 1 && !t.skip {
		return letterWord(text[t.start:t.end], t.initial)
	}
	if st[j] != statusKnown && st[j] != statusCoined {
		return ""
	}
	w := text[t.start:t.end]
	switch t.cls {
	case caseLower:
		return w
	case caseTitle:
		// A sentence opener, unless the lexicon has it only capitalised:
		// then it is a name ("Russia said"), whose class is the context.
		if t.initial {
			if lw := strings.ToLower(w); !c.properName(w, lw) {
				return lw
			}
		}
	}
	return ""
}

// joinChoices adds the readings of the suspect toks[i] joined with its
// neighbour across one space ("gover nment").
func (c *Corrector) joinChoices(text string, toks []token, st []status, fixed []string, i int, q []rune, nb neighbours, cs []choice) []choice {
	// around is the context of the joined word: nb's left or right side
	// and the outer side of the token it is joined with.
	try := func(joined string, dir int, around neighbours) {
		n := c.lex.Count(joined)
		if n == 0 {
			return
		}
		if ok, name := candidateWord(joined); !ok || name {
			return
		}
		ch := choice{text: joined, first: joined, last: joined, count: n, dist: costSpaceAdded, rule: "join", join: dir}
		ch.score = c.logp(n) - lambda*costSpaceAdded + c.context(around, joined, joined)
		cs = append(cs, ch)
	}
	qs := string(q)
	if j := i + 1; j < len(toks) && toks[j].spaced && !toks[j].hyphen && st[j] != statusProtected && toks[j].cls == caseLower {
		next := text[toks[j].start:toks[j].end]
		outer := c.neighbours(text, toks, st, fixed, j)
		try(qs+next, 1, neighbours{left: nb.left, lcls: nb.lcls, right: outer.right, rcls: outer.rcls})
	}
	if j := i - 1; j >= 0 && toks[i].spaced && !toks[i].hyphen && st[j] != statusProtected && fixed[j] == "" &&
		(toks[j].cls == caseLower || (toks[j].cls == caseTitle && toks[j].initial)) && toks[i].cls == caseLower {
		prev := strings.ToLower(text[toks[j].start:toks[j].end])
		outer := c.neighbours(text, toks, st, fixed, j)
		try(prev+qs, -1, neighbours{left: outer.left, lcls: outer.lcls, right: nb.right, rcls: nb.rcls})
	}
	sortChoices(cs)
	return cs
}

// commonSlipMinCount is the count of a very common word ("the", "and",
// "report"), to which a capitalised sentence opener one slip away is
// corrected although it may look like a name.
const commonSlipMinCount = 100_000_000

// commonSlip reports whether the best choice in cs for the word w (q in
// lower case) is a very common word one cheap substitution (a neighbouring
// key, a vowel) or transposition away, counting the first letter, and the
// lexicon lacks w in every case. A letter added or dropped is not enough:
// names end in letters words lack ("Groupe").
func (c *Corrector) commonSlip(w string, q []rune, cs []choice, sc *scratch) bool {
	if len(cs) == 0 {
		return false
	}
	top := cs[0]
	if top.rule != "nonword" || top.text != top.first || top.count < commonSlipMinCount {
		return false
	}
	if c.lex.Known(strings.ToLower(w)) || c.lex.Known(strings.ToUpper(w)) {
		return false
	}
	sc.runes = appendRunes(sc.runes[:0], top.first)
	if len(sc.runes) != len(q) || osa(q, sc.runes, 1, sc.ibuf) != 1 {
		return false
	}
	limit := nameMaxCost // a swap, a neighbouring key, a vowel
	if sc.runes[0] != q[0] {
		limit += costFirst
	}
	return top.dist <= limit
}

// functionSlipCount is the count from which a word is one of the dozen
// commonest of English ("the", "of", "and", "to", "a", "in"), the words a
// two-letter symbol written in lower case is a slip of.
const functionSlipCount = 5_000_000_000

// swapped reports whether the word b is q with two neighbouring letters
// swapped.
func swapped(q []rune, b string) bool {
	i := 0
	for _, r := range b {
		if i >= len(q) {
			return false
		}
		if r != q[i] {
			break
		}
		i++
	}
	rb := []rune(b)
	return i+1 < len(q) && len(rb) == len(q) && rb[i] == q[i+1] && rb[i+1] == q[i] && string(rb[i+2:]) == string(q[i+2:])
}

// letterWord returns the one-letter word w as context: "a" (also "A"
// opening a sentence) and the pronoun "I". One-letter words are protected
// rather than known, but these two are words like any other: "a" is the
// evidence that reads "a thorugh job" as "a thorough job" rather than "a
// through job". Other letters ("Plan B", "e") say nothing.
func letterWord(w string, initial bool) string {
	switch {
	case w == "a" || w == "A" && initial:
		return "a"
	case w == "I":
		return "i"
	}
	return ""
}
