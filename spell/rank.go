package spell

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Weights of the noisy-channel score
//
//	score(w) = log P(w) − lambda·cost(typo | w) + ctxWeight·(assoc(left, w) + assoc(w, right))
const (
	lambda    = 7.0 // converts the error model's cost into log probability
	ctxWeight = 1.0
	// namePenalty is the log odds against a typo in lower case standing
	// for a name.
	namePenalty = -2.3
)

const (
	// keepLogP is the log probability that a word the lexicon lacks is
	// right as it stands (a rare word or a name in lower case): the score
	// of leaving it alone.
	keepLogP = -20.5
	// bigramFloor is the smallest count in the built-in bigram list: a pair
	// expected well above it under independence, yet absent, is evidence
	// against the pair.
	bigramFloor = 100000
	// maxAssoc bounds the association of one neighbour, so that context
	// weighs like a few edits at most.
	maxAssoc = 4.0
)

// costCheapest is the cost of the cheapest single edit of the error model,
// and pruneMargin the score below the best at which a candidate no longer
// counts (e^-12: nothing to the confidence).
const (
	costCheapest = costDouble
	pruneMargin  = 12.0
)

// A choice is one way to fix a suspect.
type choice struct {
	text  string // replacement in lower case (or a name's spelling); may hold a space
	first string // first and last word of text, for the context
	last  string
	count uint64
	dist  float64 // error-model cost
	score float64
	rule  string // "nonword", "split" or "join"
	join  int    // for joins: -1 with the previous token, +1 with the next
	sound int8   // soundOther, soundSame or soundDigraph; 0 unknown
}

// Values of choice.sound: whether the text keeps the typo's sound key, and
// whether the typo is then a speller's digraph for it ("fourty" for "forty").
const (
	soundOther   = -1
	soundSame    = 1
	soundDigraph = 2
)

// neighbours are the lower-case words either side of a suspect, "" where a
// sentence boundary, punctuation, a name, a number or another suspect
// stands; where a name or a number stands, its class.
type neighbours struct {
	left, right string
	lcls, rcls  wordClass
}

// leftSide and rightSide report whether a word or a class stands on that
// side.
func (nb neighbours) leftSide() bool  { return nb.left != "" || nb.lcls != classNone }
func (nb neighbours) rightSide() bool { return nb.right != "" || nb.rcls != classNone }

func (c *Corrector) logp(count uint64) float64 {
	return math.Log(float64(count+1) / c.vocab.total)
}

// assoc returns how much more (or less) often the pair "a b" occurs than its
// words' counts predict, as a bounded log ratio; 0 where the data says
// nothing.
func (c *Corrector) assoc(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	return c.assocCounts(a, c.lex.Count(a), b, c.lex.Count(b))
}

// assocCounts is assoc with the words' counts ca and cb already looked up.
func (c *Corrector) assocCounts(a string, ca uint64, b string, cb uint64) float64 {
	if a == "" || b == "" {
		return 0
	}
	if ca == 0 || cb == 0 {
		return 0
	}
	expect := float64(ca) * float64(cb) / c.vocab.total
	if n := c.lex.Bigram(a, b); n > 0 {
		return clamp(math.Log(float64(n)/expect), -maxAssoc, maxAssoc)
	}
	if c.model != nil {
		if v, ok := c.model.Assoc(a, b); ok {
			return clamp(v, -maxAssoc, maxAssoc)
		}
	}
	if expect > 4*bigramFloor {
		return clamp(math.Log(bigramFloor/expect), -maxAssoc, 0)
	}
	return 0
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// context returns the context part of the score of a replacement whose
// first and last words are first and last.
func (c *Corrector) context(nb neighbours, first, last string) float64 {
	return ctxWeight * (c.leftAssoc(nb, first) + c.rightAssoc(nb, last))
}

// A ctxScorer scores the context of the candidates for one word: the
// neighbours' counts are looked up once, not once a candidate. Its scores
// are those of Corrector.context.
type ctxScorer struct {
	c      *Corrector
	nb     neighbours
	lc, rc uint64
}

func (c *Corrector) ctxScorer(nb neighbours) ctxScorer {
	s := ctxScorer{c: c, nb: nb}
	if nb.left != "" {
		s.lc = c.lex.Count(nb.left)
	}
	if nb.right != "" {
		s.rc = c.lex.Count(nb.right)
	}
	return s
}

// context is Corrector.context for the scorer's neighbours.
func (s ctxScorer) context(first, last string) float64 {
	var l, r float64
	cf := s.c.lex.Count(first)
	if s.nb.left != "" {
		l = s.c.assocCounts(s.nb.left, s.lc, first, cf)
	} else {
		l = s.c.classAssoc(s.nb.lcls, first, true)
	}
	cl := cf
	if last != first {
		cl = s.c.lex.Count(last)
	}
	if s.nb.right != "" {
		r = s.c.assocCounts(last, cl, s.nb.right, s.rc)
	} else {
		r = s.c.classAssoc(s.nb.rcls, last, false)
	}
	return ctxWeight * (l + r)
}

// leftAssoc is the association of w with its left neighbour, a word or a
// class; rightAssoc that with its right one.
func (c *Corrector) leftAssoc(nb neighbours, w string) float64 {
	if nb.left != "" {
		return c.assoc(nb.left, w)
	}
	return c.classAssoc(nb.lcls, w, true)
}

func (c *Corrector) rightAssoc(nb neighbours, w string) float64 {
	if nb.right != "" {
		return c.assoc(w, nb.right)
	}
	return c.classAssoc(nb.rcls, w, false)
}

// wordChoices returns the candidates for the lower-case typo q: words within
// maxDist edits and, if split is set, two words run together.
func (c *Corrector) wordChoices(q []rune, nb neighbours, maxDist int, split bool, sc *scratch) []choice {
	// First an upper bound of each score, from the edit distance and the
	// cheapest edit; the error model, the dear part, is then computed best
	// bound first, until no candidate left can come within pruneMargin of
	// the best.
	var out []choice
	v := c.vocab
	qs := string(q)
	cx := c.ctxScorer(nb)
	for _, cand := range c.candidates(q, maxDist, sc) {
		if k := v.keys[cand.id]; len(k) > len(qs) && (k[len(qs):] == "s" || k[len(qs):] == "es") && k[:len(qs)] == qs {
			// A singular is not a slip for its plural ("telecom"): the
			// lexicon merely lacks it.
			continue
		}
		ch := choice{
			text:  v.forms[cand.id],
			first: v.keys[cand.id], last: v.keys[cand.id],
			count: v.counts[cand.id],
			dist:  float64(cand.dist),
			rule:  "nonword",
		}
		ch.score = float64(v.logp[cand.id]) + cx.context(ch.first, ch.last) - lambda*costCheapest*float64(cand.dist)
		if v.forms[cand.id] != v.keys[cand.id] {
			ch.score += namePenalty
		}
		out = append(out, ch)
	}
	sortChoices(out)
	best := math.Inf(-1)
	var qkBuf, ckBuf [2 * maxWordLen]byte
	qk := soundKey(q, qkBuf[:0])
	sc.chq.reset(q)
	for i := range out {
		ch := &out[i]
		if ch.score < best-pruneMargin {
			out = out[:i]
			break
		}
		sc.runes = appendRunes(sc.runes[:0], ch.first)
		var cost float64
		if string(soundKey(sc.runes, ckBuf[:0])) == string(qk) {
			cost = soundChannelCost(q, sc.runes, sc.fbuf)
			ch.sound = soundSame
			if cost < sc.chq.cost(sc.runes, sc.fbuf) {
				ch.sound = soundDigraph
			}
		} else {
			cost = sc.chq.cost(sc.runes, sc.fbuf)
			ch.sound = soundOther
		}
		ch.score += lambda * (costCheapest*ch.dist - cost)
		ch.dist = cost
		best = max(best, ch.score)
	}
	if split {
		out = c.splitChoices(q, nb, out)
	}
	sortChoices(out)
	if len(q) >= soundMinLen && (len(out) == 0 || out[0].dist > soundWorse) {
		out = c.soundChoices(q, nb, out, sc)
		sortChoices(out)
	}
	return out
}

// Words that sound like the typo are tried when nothing within two edits
// is a good match (error cost above soundWorse). Their error-model cost is
// discounted, as a weak speller's phonetic spelling is one slip, not many.
const (
	soundMinLen   = 4
	soundWorse    = 1.0
	soundDiscount = 0.5
	soundBase     = 0.8
)

func (c *Corrector) soundChoices(q []rune, nb neighbours, out []choice, sc *scratch) []choice {
	c.sounds.build(c.vocab)
	v := c.vocab
	key := soundKey(q, nil)
	for _, id := range c.sounds.keys[string(key)] {
		sc.runes = appendRunes(sc.runes[:0], v.keys[id])
		if osa(q, sc.runes, 2, sc.ibuf) <= 2 {
			continue // already a candidate within two edits
		}
		cost := soundBase + soundDiscount*channelCost(q, sc.runes, sc.fbuf)
		ch := choice{
			text: v.forms[id], first: v.keys[id], last: v.keys[id],
			count: v.counts[id], dist: cost, rule: "nonword", sound: soundSame,
		}
		ch.score = float64(v.logp[id]) - lambda*cost + c.context(nb, ch.first, ch.last)
		if v.forms[id] != v.keys[id] {
			ch.score += namePenalty
		}
		out = append(out, ch)
	}
	return out
}

// splitChoices adds the ways to read q as two words whose space was lost
// ("inthe") or typed as another key ("raidein").
func (c *Corrector) splitChoices(q []rune, nb neighbours, out []choice) []choice {
	if len(q) < 3 || c.runTogether(string(q)) {
		return out
	}
	try := func(a, b []rune, cost float64) {
		if !splitPart(a) || !splitPart(b) {
			return
		}
		as, bs := string(a), string(b)
		ca, cb := c.lex.Count(as), c.lex.Count(bs)
		if ca == 0 || cb == 0 || (cost == costSpaceLost && c.lex.Bigram(as, bs) == 0) {
			// Two words run together must be a pair the bigram list
			// attests ("in the"); otherwise they may be a compound.
			return
		}
		if !c.splitPair(as, bs, ca, cb, cost == costSpaceLost) {
			return
		}
		if len(q) == 3 && (splitFunction(as) == functionNone || splitFunction(bs) == functionNone) {
			return // three letters split only into two function words ("isa")
		}
		ch := choice{
			text: as + " " + bs, first: as, last: bs,
			count: min(ca, cb), dist: cost, rule: "split",
		}
		ch.score = c.logp(ca) + c.logp(cb) + c.assoc(as, bs) - lambda*cost + c.context(nb, as, bs)
		out = append(out, ch)
	}
	for p := 1; p < len(q); p++ {
		try(q[:p], q[p:], costSpaceLost)
	}
	for p := 1; p+1 < len(q); p++ {
		try(q[:p], q[p+1:], costSpaceAsKey)
	}
	return out
}

// runTogether reports whether w reads as two content words of three
// letters or more written as one ("rollout", "bedsheet", "greenlit"): then
// it is a closed compound, not a run-on, and is not split at all. Function
// words do not form compounds, so "andthe" is still split.
func (c *Corrector) runTogether(w string) bool {
	for i := 3; i+3 <= len(w); i++ {
		a, b := w[:i], w[i:]
		if functionWord(a) || functionWord(b) {
			continue
		}
		if c.lex.Count(a) >= compoundMinCount && c.lex.Count(b) >= compoundMinCount {
			return true
		}
	}
	return false
}

// functionWord reports the closed-class words of three letters or more
// that do not form closed compounds.
func functionWord(w string) bool {
	switch w {
	case "the", "and", "was", "are", "were", "for", "that", "this", "with", "from", "she", "they",
		"his", "her", "its", "our", "their", "has", "have", "had", "not", "but", "your", "him",
		"them", "you", "will", "would", "which", "who", "been", "into":
		return true
	}
	return false
}

// splitPair reports whether a and b (counts ca and cb) may be the two words
// of a run-on. Two content words written as one are far more often a closed
// compound the lexicon lacks ("lockdown", "wellbeing", "livestream") than a
// lost space, however common the pair, so one of the two must be a function
// word ("inthe", "alot", "raidein"). A particle such as "on" or "up" forms
// compounds freely ("onboarding", "upskill"), so it anchors only a split
// whose space was typed as another key. The other word must not be a short
// fragment that is more likely an abbreviation ("tel", "inc") than a word.
func (c *Corrector) splitPair(a, b string, ca, cb uint64, lost bool) bool {
	anchor := func(w string) bool {
		f := splitFunction(w)
		return f == functionPlain || (f == functionParticle && !lost)
	}
	fragment := func(w string, n uint64) bool {
		return splitFunction(w) == functionNone && len(w) <= 3 && n < fragmentMaxCount
	}
	switch {
	case anchor(a):
		return !fragment(b, cb)
	case anchor(b):
		return !fragment(a, ca)
	}
	return false
}

// fragmentMaxCount is the count below which a content word of up to three
// letters is taken to be an abbreviation-like fragment ("tel", "ltd", "com"
// are all below it; "dog", "bad", "lot" above).
const fragmentMaxCount = 75_000_000

// Kinds of word for splitFunction.
const (
	functionNone     = iota
	functionPlain    // a closed-class word that does not start compounds
	functionParticle // a preposition or adverb particle that does ("on", "up")
)

// splitFunction classifies w as a function word for splitPair.
func splitFunction(w string) int {
	switch w {
	case "a", "i", "an", "the", "and", "or", "but", "nor", "if", "so", "as", "of", "to", "for",
		"with", "from", "at", "into", "than", "that", "this", "these", "those", "is", "was",
		"are", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did", "will",
		"would", "can", "could", "should", "may", "might", "must", "not", "he", "she", "it",
		"we", "you", "they", "me", "him", "her", "us", "them", "my", "his", "its", "our",
		"your", "their", "who", "which", "what", "there":
		return functionPlain
	case "in", "on", "up", "out", "off", "by", "over", "down", "back", "about":
		return functionParticle
	}
	return functionNone
}

// splitPart reports whether w may be one half of a split: two letters or
// more, or one of the one-letter words.
func splitPart(w []rune) bool {
	switch len(w) {
	case 1:
		return w[0] == 'a' || w[0] == 'i'
	case 2:
		switch string(w) {
		case "of", "to", "in", "on", "at", "by", "is", "it", "as", "an", "be", "we", "he",
			"me", "my", "no", "so", "up", "or", "if", "do", "go", "us", "am":
			return true
		}
		return false
	}
	return true
}

func (c *Corrector) candidates(q []rune, maxDist int, sc *scratch) []candidate {
	if c.fuzzy != nil {
		return c.fuzzy.candidates(q, maxDist, sc)
	}
	return c.search.search(q, maxDist, sc)
}

// sortChoices orders choices best first: by score, then count, then
// alphabetically, so that ties are broken the same way on every run.
func sortChoices(cs []choice) {
	slices.SortFunc(cs, func(a, b choice) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.text, b.text)
	})
}

// soundOdds is the log odds by which a word that the typo spells with a
// speller's digraph ("fourty" for "forty") is the likelier reading, in the
// confidence of a best choice that changes the typo's sound ("fourth",
// "four"): a speller who writes a word as it sounds rarely means a word that
// sounds otherwise, and such a change can alter the meaning, so it is made
// only when the digraph's reading is far behind.
const soundOdds = 2.0

// confidence returns the probability of the best choice among all choices
// and leaving the word as it is (scored keep). Where the best choice
// changes the typo's sound and another is the typo's word spelt with a
// speller's digraph at no dearer an error (the best wins by frequency or
// context alone), the latter counts soundOdds more.
func confidence(cs []choice, keep float64) float64 {
	if len(cs) == 0 {
		return 0
	}
	top := cs[0].score
	odds := 0.0
	if cs[0].sound == soundOther {
		odds = soundOdds
	}
	sum := math.Exp(keep - top)
	for i, ch := range cs {
		if i > 0 && ch.sound == soundDigraph && ch.dist <= cs[0].dist {
			sum += math.Exp(ch.score + odds - top)
		} else {
			sum += math.Exp(ch.score - top)
		}
	}
	return 1 / sum
}
