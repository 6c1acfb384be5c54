package spell

import (
	"math"

	"github.com/copyedit/copyedit/edit"
)

// Real-word errors ("form" for "from") are corrected only when both
// neighbours favour the other word by at least realWordMargin each (in log
// association) and the whole noisy-channel score favours it by
// realWordPrior more than leaving the word.
const (
	realWordMargin = 2.0
	realWordPrior  = 2.0 // on top of the margins: a real-word slip is rare
)

// realWords corrects known words that their neighbours on both sides say
// are slips for another word.
func (c *Corrector) realWords(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	c.init()
	sc := c.getScratch()
	defer c.putScratch(sc)
	none := make([]string, len(toks))
	for i, t := range toks {
		if st[i] != statusKnown || t.cls != caseLower || t.runes < 3 {
			continue
		}
		w := text[t.start:t.end]
		l := c.word(text, toks, st, none, i-1, i)
		r := c.word(text, toks, st, none, i+1, i+1)
		if l == "" || r == "" {
			continue
		}
		// A slip makes at least one unusual pair: if both pairs are in the
		// bigram list, the word stands.
		if c.lex.Bigram(l, w) > 0 && c.lex.Bigram(w, r) > 0 {
			continue
		}
		q := lowerRunes(nil, w)
		cw := c.lex.Count(w)
		al, ar := c.assoc(l, w), c.assoc(w, r)
		keep := c.logp(cw) + al + ar
		best, bestScore := "", keep+realWordPrior
		for _, cand := range c.candidates(q, 1, sc) {
			k := c.vocab.keys[cand.id]
			if k == w || c.vocab.forms[cand.id] != k {
				continue
			}
			bl, br := c.assoc(l, k), c.assoc(k, r)
			if bl < al+realWordMargin || br < ar+realWordMargin {
				continue
			}
			sc.runes = appendRunes(sc.runes[:0], k)
			score := float64(c.vocab.logp[cand.id]) + bl + br - lambda*channelCost(q, sc.runes, sc.fbuf)
			if score > bestScore || (score == bestScore && best != "" && k < best) {
				best, bestScore = k, score
			}
		}
		if best != "" {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "realword",
				Start: t.start, End: t.end, Before: w, After: best,
				Confidence: 1 / (1 + math.Exp(keep-bestScore)),
			})
		}
	}
	return edits
}
