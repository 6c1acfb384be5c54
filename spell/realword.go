package spell

import (
	"math"
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// Real-word errors ("form" for "from") are found by the noisy-channel
// method of Mays, Damerau and Mercer (1991), as Wilcox-O'Hearn, Hirst and
// Budanitsky (2008) re-evaluated it, with the bigram list in place of
// their trigrams. A known word w between the words l and r is taken to be
// a slip for a word k one edit away when
//
//	P(k | l) · P(r | k) · P(slip) · P(w typed | k meant)  >  P(w | l) · P(r | w) · (1 − P(slip))
//
// by at least the odds that Options.MinConfidence asks of every change.
// P(w typed | k meant) is the error model of non-words, exp(−lambda·cost):
// summed over every edit of a short word it comes to about 1, so it reads
// as the chance of this slip given that there is one. Where a neighbour is
// missing (punctuation, a name) its factor is left out: P(k) stands for
// P(k | l). Neither neighbour may speak against k: each factor present
// must favour k on its own, so one strong side cannot outvote the other.
const (
	// realWordPrior is log P(slip): a slip in 1 word of 500. About a
	// quarter of slips make another real word (Kukich 1992 gives 25–40%),
	// so this is a real-word error in about 1 word of 2,000.
	realWordPrior = -6.2
	// absentShare is the share of the bigram list's floor at which a pair
	// missing from the list is counted, when its words' counts predict
	// more: the list holds every pair counted bigramFloor times or more, so
	// a missing pair was counted less.
	absentShare = 0.25
	// realWordNegligible is the score below which a reading is not worth
	// scoring: its share of the confidence is below e^-10.
	realWordNegligible = -10.0
)

// A confusable is a word that a known word may be a slip for.
type confusable struct {
	word  string
	count uint64
	cost  float64 // error-model cost of typing the known word for this one
}

// A confusion is the set of confusables of one known word, with the
// largest count and the smallest cost among them, for bounds.
type confusion struct {
	words    []confusable
	maxCount uint64
	minCost  float64
}

// confusionOf returns the confusion set of the known lower-case word w:
// the lower-case words one edit away, less those that are the same word
// in another spelling, inflection or punctuation. Sets depend on the word
// alone, so they are computed once per Corrector and kept; there are at
// most as many as the lexicon has words.
func (c *Corrector) confusionOf(w string, sc *scratch) *confusion {
	if v, ok := c.confusions.Load(w); ok {
		return v.(*confusion)
	}
	var qbuf [16]rune
	q := lowerRunes(qbuf[:0], w)
	cs := &confusion{minCost: math.Inf(1)}
	var rs []rune
	for _, cand := range c.candidates(q, 1, sc) {
		k := c.vocab.keys[cand.id]
		if k == w || c.vocab.forms[cand.id] != k || strings.ContainsAny(k, "'’") ||
			sameLemma(w, k) || c.variantPair(w, k) {
			continue
		}
		rs = appendRunes(rs[:0], k)
		cf := confusable{word: k, count: c.vocab.counts[cand.id], cost: channelCost(q, rs, sc.fbuf)}
		cs.words = append(cs.words, cf)
		cs.maxCount = max(cs.maxCount, cf.count)
		cs.minCost = min(cs.minCost, cf.cost)
	}
	v, _ := c.confusions.LoadOrStore(w, cs)
	return v.(*confusion)
}

// realWords corrects known words that their neighbours say are slips for
// another word one edit away.
func (c *Corrector) realWords(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	if c.minConf >= 1 {
		return edits // no reading of a known word can be certain
	}
	c.init()
	sc := c.getScratch()
	defer c.putScratch(sc)
	threshold := math.Log(c.minConf / (1 - c.minConf)) // the score a change needs
	// Other rules come first: a word another rule changed is left alone,
	// and one it only reported is replaced by a correction.
	at := make(map[int]int, len(edits))
	for j, e := range edits {
		at[e.Start] = j
	}
	none := make([]string, len(toks))
	for i, t := range toks {
		if st[i] != statusKnown || t.cls != caseLower || t.runes < 2 {
			continue
		}
		w := text[t.start:t.end]
		if strings.ContainsAny(w, "'’") {
			// A contraction or possessive: its slips are grammar the
			// bigrams cannot judge ("it's", "its").
			continue
		}
		cw := c.lex.Count(w)
		if cw == 0 {
			continue // taken as right by a rule, not listed
		}
		ctx := realContext{w: w, cw: cw}
		ctx.l, ctx.cl = c.contextWord(c.neighbour(text, toks, st, none, i-1, i))
		ctx.r, ctx.cr = c.contextWord(c.neighbour(text, toks, st, none, i+1, i+1))
		if ctx.l == "" && ctx.r == "" {
			continue
		}
		cs := c.confusionOf(w, sc)
		if len(cs.words) == 0 {
			continue
		}
		j, edited := at[t.start]
		if edited && !edits[j].Suspect {
			continue
		}
		best, conf := c.realWord(&ctx, cs, threshold)
		if best == "" || conf < c.minConf {
			continue
		}
		e := edit.Edit{
			Stage: Stage, Rule: "realword",
			Start: t.start, End: t.end, Before: w, After: best,
			Confidence: conf,
		}
		if edited {
			edits[j] = e
		} else {
			edits = append(edits, e)
		}
	}
	return edits
}

// neighbour is Corrector.word, which also gives the one-letter words "a"
// and "I" as context ("it wax a mistake"): too short to be corrected, they
// are common enough to be evidence.
func (c *Corrector) neighbour(text string, toks []token, st []status, fixed []string, j, i int) string {
	if w := c.word(text, toks, st, fixed, j, i); w != "" {
		return w
	}
	if j < 0 || j >= len(toks) || !toks[i].adjacent || toks[i].hyphen || toks[j].runes != 1 || toks[j].skip {
		return ""
	}
	switch text[toks[j].start:toks[j].end] {
	case "a":
		return "a"
	case "A":
		if toks[j].initial {
			return "a"
		}
	case "I":
		return "i"
	}
	return ""
}

// contextWord returns w and its count if the lexicon counts it, else "": a
// neighbour without a count (a word a rule took as right) is silent.
func (c *Corrector) contextWord(w string) (string, uint64) {
	if w == "" {
		return "", 0
	}
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	n := c.lex.Count(w)
	if n == 0 {
		return "", 0
	}
	return w, n
}

// realContext is a known word w (count cw) between the words l and r
// (counts cl and cr; "" where silent).
type realContext struct {
	w, l, r    string
	cw, cl, cr uint64
}

// bound returns an upper bound of the context part of the score,
// log P(k | l) + log P(r | k), over every word k whose count is at most
// maxCount. P(k | l) is at most min(1, ck/cl), and P(r | k) at most
// min(1, cr/ck): a pair occurs no more often than either of its words.
func (x *realContext) bound(maxCount uint64) float64 {
	g := func(ck float64) float64 {
		var s float64
		if x.l != "" {
			s = math.Log(min(float64(x.cl), ck) / float64(x.cl))
		} else {
			s = math.Log((ck + 1) / float64(x.cw+1))
		}
		if x.r != "" {
			s += math.Log(min(1, float64(x.cr)/ck))
		}
		return s
	}
	m := float64(maxCount)
	b := g(m)
	if x.l != "" {
		b = max(b, g(min(m, float64(x.cl))))
	}
	if x.r != "" {
		b = max(b, g(min(m, float64(x.cr))))
	}
	return b
}

// realWord returns the word of cs that x.w is most likely a slip for, and
// the probability of that reading against leaving w and every other
// reading; "" if none scores threshold or more.
func (c *Corrector) realWord(x *realContext, cs *confusion, threshold float64) (string, float64) {
	// First a bound from counts alone, with the least that w's own pairs
	// can score (a pair missing from the list), then with their scores.
	var keepL, keepR float64
	if x.l != "" {
		keepL = c.absentLogP(x.cl, x.cw)
	}
	if x.r != "" {
		keepR = c.absentLogP(x.cw, x.cr)
	}
	top := x.bound(cs.maxCount) + realWordPrior - lambda*cs.minCost
	if top-keepL-keepR < threshold {
		return "", 0
	}
	if x.l != "" {
		keepL = c.condLogP(x.l, x.w, x.cl, x.cw)
	}
	if x.r != "" {
		keepR = c.condLogP(x.w, x.r, x.cw, x.cr)
	}
	if top-keepL-keepR < threshold {
		return "", 0
	}
	best, bestScore := "", math.Inf(-1)
	sum := 1.0 // exp of the score of leaving w, which is 0
	for _, k := range cs.words {
		base := realWordPrior - lambda*k.cost - keepL - keepR
		if x.bound(k.count)+base < min(threshold, 0)+realWordNegligible {
			continue
		}
		var left, right float64
		if x.l != "" {
			left = c.condLogP(x.l, k.word, x.cl, k.count)
			if left < keepL {
				continue
			}
		} else {
			left = math.Log(float64(k.count+1) / float64(x.cw+1))
		}
		if x.r != "" {
			right = c.condLogP(k.word, x.r, k.count, x.cr)
			if right < keepR {
				continue
			}
		}
		score := left + right + base
		sum += math.Exp(score)
		if score > bestScore || (score == bestScore && k.word < best) {
			best, bestScore = k.word, score
		}
	}
	if best == "" || bestScore < threshold {
		return "", 0
	}
	return best, math.Exp(bestScore) / sum
}

// condLogP returns log P(b | a), the chance that a (count ca) is followed
// by b (count cb), from the bigram list; see absentLogP for a pair the
// list lacks.
func (c *Corrector) condLogP(a, b string, ca, cb uint64) float64 {
	if n := c.lex.Bigram(a, b); n > 0 {
		// A pair occurs no more often than either of its words.
		return math.Log(float64(min(n, ca, cb)) / float64(ca))
	}
	return c.absentLogP(ca, cb)
}

// absentLogP returns log P(b | a) for a pair that the bigram list lacks: it
// was counted fewer than bigramFloor times, so it is taken to occur as
// often as its words' counts predict, but at most absentShare of the
// floor. It is the least condLogP returns for the same counts.
func (c *Corrector) absentLogP(ca, cb uint64) float64 {
	est := min(float64(ca)*float64(cb)/c.vocab.total, absentShare*bigramFloor)
	return math.Log(max(est, 1e-3) / float64(ca))
}

// variantPair reports whether a and b are spellings of one word in
// different locales ("center", "centre"): a change of locale is the job
// of Options.Locale, never a correction.
func (c *Corrector) variantPair(a, b string) bool {
	for _, v := range c.lex.Variants(a) {
		if v.Word == b {
			return true
		}
	}
	return false
}

// sameLemma reports whether a and b are regular inflections of one word
// ("income", "incomes"; "locate", "located"; "attaches", "attached"): a
// change of number or tense is grammar that two bigrams cannot judge.
func sameLemma(a, b string) bool {
	sa, sb := lemmaStems(a), lemmaStems(b)
	for _, x := range sa {
		for _, y := range sb {
			if x != "" && x == y {
				return true
			}
		}
	}
	return false
}

// lemmaStems returns w and w without a regular inflection: a final "s"
// (not after another "s": "hiss" is not a plural of "his") or "d", and
// then an "e" ("attaches", "attached": "attach"), leaving at least three
// letters.
func lemmaStems(w string) [3]string {
	out := [3]string{w}
	n := 1
	for _, suf := range [...]string{"s", "d"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 || (suf == "s" && strings.HasSuffix(stem, "s")) {
			continue
		}
		out[n] = stem
		n++
		if e, ok := strings.CutSuffix(stem, "e"); ok && len(e) >= 3 {
			out[n] = e
			n++
		}
	}
	return out
}
