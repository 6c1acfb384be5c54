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
		if uses[strings.ToLower(w)] > 1 {
			continue
		}
		// A capitalised word that opens a sentence and is followed by
		// another capitalised word is the first of a name ("Wes Streeting").
		if t.cls == caseTitle && i+1 < len(toks) && toks[i+1].adjacent && toks[i+1].cls == caseTitle {
			continue
		}
		core, suffix := cutPossessive(w)
		sc.runes = lowerRunes(sc.runes[:0], core)
		q := append([]rune(nil), sc.runes...)
		if len(q) < 2 {
			continue
		}
		nb := neighbours{left: c.word(text, toks, st, fixed, i-1, i), right: c.word(text, toks, st, fixed, i+1, i+1)}
		maxDist := 2
		if len(q) <= 4 {
			maxDist = 1
		}
		split := c.opts.Spaces == "fix" && suffix == "" && t.cls != caseUpper
		cs := c.wordChoices(q, nb, maxDist, split, sc)
		// A capitalised sentence opener or a word in capitals that the
		// lexicon lacks may be a name: it is never turned into another name
		// ("Raab" is not "Arab"), and only a cheap slip is corrected.
		mayBeName := (t.initial && t.cls == caseTitle) || t.cls == caseUpper
		if mayBeName {
			cs = slices.DeleteFunc(cs, func(ch choice) bool { return ch.text != ch.first && ch.rule == "nonword" })
		}
		if c.opts.Spaces == "fix" && suffix == "" {
			cs = c.joinChoices(text, toks, st, fixed, i, q, nb, cs)
		}
		if len(cs) == 0 {
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
		// in the sentence can tell them apart.
		if len(q) <= 3 && (nb.left == "" || nb.right == "") {
			need = 2
		}
		top := cs[0]
		start, end := t.start, t.end
		switch top.join {
		case -1:
			start = toks[i-1].start
		case 1:
			end = toks[i+1].end
		}
		if conf < need || (top.join == -1 && fixed[i-1] != "") {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "nonword",
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
	if st[j] != statusKnown {
		return ""
	}
	w := text[t.start:t.end]
	switch t.cls {
	case caseLower:
		return w
	case caseTitle:
		if t.initial {
			return strings.ToLower(w)
		}
	}
	return ""
}

// joinChoices adds the readings of the suspect toks[i] joined with its
// neighbour across one space ("gover nment").
func (c *Corrector) joinChoices(text string, toks []token, st []status, fixed []string, i int, q []rune, nb neighbours, cs []choice) []choice {
	try := func(joined, first string, dir int, right string, left string) {
		n := c.lex.Count(joined)
		if n == 0 {
			return
		}
		if ok, name := candidateWord(joined); !ok || name {
			return
		}
		ch := choice{text: joined, first: joined, last: joined, count: n, dist: costSpaceAdded, rule: "join", join: dir}
		ch.score = c.logp(n) - lambda*costSpaceAdded + ctxWeight*(c.assoc(left, joined)+c.assoc(joined, right))
		cs = append(cs, ch)
	}
	qs := string(q)
	if j := i + 1; j < len(toks) && toks[j].spaced && !toks[j].hyphen && st[j] != statusProtected && toks[j].cls == caseLower {
		next := text[toks[j].start:toks[j].end]
		try(qs+next, qs, 1, c.word(text, toks, st, fixed, j+1, j+1), nb.left)
	}
	if j := i - 1; j >= 0 && toks[i].spaced && !toks[i].hyphen && st[j] != statusProtected && fixed[j] == "" &&
		(toks[j].cls == caseLower || (toks[j].cls == caseTitle && toks[j].initial)) && toks[i].cls == caseLower {
		prev := strings.ToLower(text[toks[j].start:toks[j].end])
		try(prev+qs, prev, -1, nb.right, c.word(text, toks, st, fixed, j-1, j))
	}
	sortChoices(cs)
	return cs
}
