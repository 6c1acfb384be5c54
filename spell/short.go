package spell

import "github.com/copyedit/copyedit/edit"

// A short word the lexicon knows may still be a slip for a far commoner one
// ("territory fo Russia": to, of or for). Such a word is a suspect when it
// is rare (below shortRare), a word one edit away is at least shortRatio
// times commoner, and the word has no bigram with either neighbour. Only
// the neighbours can choose: the word is changed when both favour the best
// candidate (association above shortAssoc on each side, measured on the
// class's own scale where a name or a number stands: see favours); otherwise
// it is reported with its candidates.
const (
	shortRare  = 20_000_000
	shortRatio = 200
	shortAssoc = 1.0
)

func (c *Corrector) shortWords(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	var sc *scratch
	none := make([]string, 0)
	for i, t := range toks {
		if st[i] != statusKnown || t.cls != caseLower || t.runes < 2 || t.runes > 3 {
			continue
		}
		w := text[t.start:t.end]
		n := c.lex.Count(w)
		if n == 0 || n >= shortRare {
			continue
		}
		if len(none) == 0 {
			none = make([]string, len(toks))
		}
		nb := c.neighbours(text, toks, st, none, i)
		if nb.left == "" && nb.right == "" {
			continue // two classes, or less, cannot tell "ins" from "in" ("Marsch ins Digitale")
		}
		if (nb.left != "" && c.lex.Bigram(nb.left, w) > 0) || (nb.right != "" && c.lex.Bigram(w, nb.right) > 0) ||
			c.classBigram(nb.lcls, w, true) > 0 || c.classBigram(nb.rcls, w, false) > 0 {
			continue
		}
		if sc == nil {
			c.init()
			sc = c.getScratch()
			defer c.putScratch(sc)
		}
		q := lowerRunes(nil, w)
		var cs []choice
		for _, ch := range c.wordChoices(q, nb, 1, false, sc) {
			if ch.count >= n*shortRatio && ch.rule == "nonword" && ch.text == ch.first {
				cs = append(cs, ch)
			}
		}
		if len(cs) == 0 {
			continue
		}
		keep := c.logp(n) + c.context(nb, w, w)
		conf := confidence(cs, keep)
		top := cs[0]
		if conf >= c.minConf && favours(nb.left, nb.lcls, c.leftAssoc(nb, top.first)) &&
			favours(nb.right, nb.rcls, c.rightAssoc(nb, top.last)) {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "context",
				Start: t.start, End: t.end, Before: w, After: top.text,
				Confidence: conf,
			})
			continue
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: "context",
			Start: t.start, End: t.end, Before: w, After: w,
			Confidence: conf, Suspect: true,
			Candidates: candidateList(cs, t.cls, ""),
		})
	}
	return edits
}

// favours reports whether a neighbour, the word w or else the class cls,
// whose association with a candidate is a, favours the candidate: a above
// shortAssoc. A class's association is discounted by classWeight, and so is
// the bar, so that a class must go with the candidate as much more often
// than with the average word as a word must; the discount still weighs it
// less in the score and so in the confidence.
func favours(w string, cls wordClass, a float64) bool {
	if w == "" && cls != classNone {
		return a > classWeight*shortAssoc
	}
	return a > shortAssoc
}
