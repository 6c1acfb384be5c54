package spell

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/copyedit/copyedit/dict"
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
	// realWordNegligible is the share of the odds a change needs below
	// which a reading is left out of the confidence.
	realWordNegligible = 1e-4
)

// A confusable is a word that a known word may be a slip for.
type confusable struct {
	word  string
	count uint64
	entry dict.Entry // the lexicon's entry for word, with an entryLexicon
	// maxFirst and maxLast bound the counts of the pairs word begins and
	// ends (dict.Lexicon.EntryBigramMax; no bound without an entryLexicon).
	maxFirst, maxLast uint64
	inv               float64 // 1/count, for bounds
	// odds is P(slip) · P(the known word typed | this one meant), over
	// 1 − P(slip): exp(realWordPrior − lambda·cost).
	odds float64
	rank int32 // place of word in alphabetical order in its set
}

// A confusion is the set of confusables of one known word, with the
// largest and smallest count and the largest odds among them, for bounds.
type confusion struct {
	words    []confusable // by odds from the largest, then alphabetically
	maxCount uint64
	minCount uint64
	maxOdds  float64
	// maxFirst and maxLast are the largest of the words' own.
	maxFirst, maxLast uint64
}

// confusionOf returns the confusion set of the known lower-case word w:
// the lower-case words one edit away, less those that are the same word
// in another spelling, inflection or punctuation. Sets depend on the word
// alone, so they are computed once per Corrector and kept; there are at
// most as many as the lexicon has words.
func (c *Corrector) confusionOf(w string, sc *scratch) *confusion {
	idx := -1
	if c.elex != nil {
		if e, _, ok := c.elex.Entry(w); ok && e.Word() == w {
			idx = e.Index()
		}
	}
	return c.confusionAt(w, idx, sc)
}

// confusionAt is confusionOf for the word w whose entry has the index idx
// (see dict.Entry.Index; -1 for none): a set of a built-in word is kept
// in a table by index, any other in a map.
func (c *Corrector) confusionAt(w string, idx int, sc *scratch) *confusion {
	var slot *atomic.Pointer[confusion]
	if idx >= 0 && idx < len(c.confusionTable) {
		slot = &c.confusionTable[idx]
		if cs := slot.Load(); cs != nil {
			return cs
		}
	} else if v, ok := c.confusions.Load(w); ok {
		return v.(*confusion)
	}
	cs := c.newConfusion(w, sc)
	if slot != nil {
		if !slot.CompareAndSwap(nil, cs) {
			return slot.Load()
		}
		if len(cs.words) == 0 && idx/64 < len(c.emptyConfusions) {
			c.emptyConfusions[idx/64].Or(1 << (idx % 64))
		}
		return cs
	}
	v, _ := c.confusions.LoadOrStore(w, cs)
	return v.(*confusion)
}

// emptyConfusion reports whether the confusion set of the word whose entry
// has the index idx is known to be empty: a bit per word, so that the
// question costs no look-up in the table of sets.
func (c *Corrector) emptyConfusion(idx int) bool {
	if idx < 0 || idx/64 >= len(c.emptyConfusions) {
		return false
	}
	return c.emptyConfusions[idx/64].Load()&(1<<(idx%64)) != 0
}

// newConfusion computes the confusion set of w.
func (c *Corrector) newConfusion(w string, sc *scratch) *confusion {
	var qbuf [16]rune
	q := lowerRunes(qbuf[:0], w)
	cs := &confusion{minCount: math.MaxUint64}
	var rs []rune
	for _, cand := range c.candidates(q, 1, sc) {
		k := c.vocab.keys[cand.id]
		if k == w || c.vocab.forms[cand.id] != k || hasApostrophe(k) ||
			sameLemma(w, k) || c.variantPair(w, k) {
			continue
		}
		rs = appendRunes(rs[:0], k)
		odds := math.Exp(realWordPrior - lambda*channelCost(q, rs, sc.fbuf))
		cf := confusable{word: k, count: c.vocab.counts[cand.id], odds: odds / (1 - math.Exp(realWordPrior))}
		cf.maxFirst, cf.maxLast = math.MaxUint64, math.MaxUint64
		cf.inv = 1 / float64(cf.count)
		if c.elex != nil {
			cf.entry, _, _ = c.elex.Entry(k)
			cf.maxFirst, cf.maxLast = c.elex.EntryBigramMax(cf.entry)
		}
		cs.words = append(cs.words, cf)
		cs.maxFirst = max(cs.maxFirst, cf.maxFirst)
		cs.maxLast = max(cs.maxLast, cf.maxLast)
		cs.maxCount = max(cs.maxCount, cf.count)
		cs.minCount = min(cs.minCount, cf.count)
		cs.maxOdds = max(cs.maxOdds, cf.odds)
	}
	// Ranked alphabetically, so that ties and sums never depend on how the
	// candidates were found; then ordered by odds for realWord's bounds.
	slices.SortFunc(cs.words, func(a, b confusable) int { return strings.Compare(a.word, b.word) })
	for n := range cs.words {
		cs.words[n].rank = int32(n)
	}
	slices.SortStableFunc(cs.words, func(a, b confusable) int { return cmp.Compare(b.odds, a.odds) })
	return cs
}

// realWords corrects known words that their neighbours say are slips for
// another word one edit away.
// tx, if not nil, is the pass's realText, made before the statuses st
// were.
func (c *Corrector) realWords(text string, toks []token, st []status, edits []edit.Edit, tx *realText) []edit.Edit {
	if c.minConf >= 1 {
		return edits // no reading of a known word can be certain
	}
	c.init()
	sc := c.getScratch()
	defer c.putScratch(sc)
	if tx == nil {
		tx = c.newRealText(text, toks, st, sc, true)
	}
	need := c.minConf / (1 - c.minConf) // the odds a change needs
	// Other rules come first: a word another rule changed is left alone,
	// and one it only reported is replaced by a correction. at lists the
	// edits by where they start (of several at one place, the last), for
	// a walk along with the tokens.
	at := sc.at[:0]
	for j := range edits {
		at = append(at, int32(j))
	}
	slices.SortStableFunc(at, func(a, b int32) int { return cmp.Compare(edits[a].Start, edits[b].Start) })
	sc.at = at
	for i, t := range toks {
		if st[i] != statusKnown || t.cls != caseLower || t.runes < 2 {
			continue
		}
		w := text[t.start:t.end]
		if hasApostrophe(w) {
			// A contraction or possessive: its slips are grammar the
			// bigrams cannot judge ("it's", "its").
			continue
		}
		cw := tx.word(i)
		if cw.count == 0 {
			continue // taken as right by a rule, not listed
		}
		if c.emptyConfusion(cw.entry.Index()) {
			continue // no word one edit away to be a slip for
		}
		x := realContext{w: w, cw: cw.count}
		if i > 0 && tx.linked(i) {
			l := tx.word(i - 1)
			x.l, x.cl, x.el = l.word, l.count, l.entry
		}
		if i+1 < len(toks) && tx.linked(i+1) {
			r := tx.word(i + 1)
			x.r, x.cr, x.er = r.word, r.count, r.entry
		}
		if x.cl == 0 {
			x.l = ""
		}
		if x.cr == 0 {
			x.r = ""
		}
		if x.l == "" && x.r == "" {
			continue
		}
		for len(at) > 0 && edits[at[0]].Start < t.start {
			at = at[1:]
		}
		j, edited := -1, false
		for _, a := range at {
			if edits[a].Start != t.start {
				break
			}
			j, edited = int(a), true
		}
		if edited && !edits[j].Suspect {
			continue
		}
		best, conf := c.realWord(tx, i, &x, need, sc)
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

// hasApostrophe reports whether w holds an ASCII or a typographic
// apostrophe.
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '\'':
			return true
		case 0xE2: // the first byte of ’ (E2 80 99)
			if strings.HasPrefix(w[i:], "’") {
				return true
			}
		}
	}
	return false
}

// realText holds, for one pass of realWords, each token as context and
// what has been looked up about it, so that no word is counted and no
// pair looked up twice.
type realText struct {
	c    *Corrector
	text string
	toks []token
	st   []status
	ctx  []ctxWord // by token, looked up on first use
}

// A ctxWord is a token as context. Before it is looked up (done), its
// lexEntry is what status found for the token, if anything.
type ctxWord struct {
	lexEntry         // the lexicon's entry for word and its count; zero for none
	word     string  // in lower case; "" where the token is no context
	pair     float64 // P(word | the previous token's word), once looked up; 0 before
	done     bool    // word, entry and count are looked up
}

// newRealText returns the realText of one pass, kept in sc; st may be
// filled in after. Unless zero, the caller must zero each tx.ctx[j] before
// use (pass does as it goes).
func (c *Corrector) newRealText(text string, toks []token, st []status, sc *scratch, zero bool) *realText {
	if cap(sc.ctx) < len(toks) {
		sc.ctx = make([]ctxWord, len(toks))
	} else {
		sc.ctx = sc.ctx[:len(toks)]
		if zero {
			clear(sc.ctx)
		}
	}
	return &realText{c: c, text: text, toks: toks, st: st, ctx: sc.ctx}
}

// word returns token j as context, looked up.
func (tx *realText) word(j int) *ctxWord {
	cw := &tx.ctx[j]
	if cw.done {
		return cw
	}
	cw.done = true
	if tx.seenWord(j) {
		return cw
	}
	seen := cw.lexEntry
	cw.lexEntry = lexEntry{}
	w := tx.c.contextToken(tx.text, tx.toks, tx.st, j)
	if w == "" {
		return cw
	}
	cw.word = w
	if seen.entry.Word() == w {
		// status found it as listed (or as the capitalised form of
		// it): count is Count(w).
		cw.lexEntry = seen
	} else if tx.c.elex == nil {
		cw.count = tx.c.lex.Count(w)
	} else if e, n, ok := tx.c.elex.Entry(w); ok && e.Word() == w {
		// As listed, so n is Count(w); a word found only through
		// another case is not counted as spelled.
		cw.count, cw.entry = n, e
	}
	return cw
}

// seenWord sets token j's word, count and entry from what status found, if
// that is the word contextToken gives, and reports whether it did; it
// spares the common cases a comparison with the lexicon's spelling and
// an allocation. A known word with no capital and no typographic
// apostrophe was found as spelled: Known folds no other lower-case word.
// A known word opening a sentence in ASCII capitalised was found as its
// lower-case form if the entry is that form.
func (tx *realText) seenWord(j int) bool {
	cw := &tx.ctx[j]
	e := cw.entry
	if e.Word() == "" || tx.st[j] != statusKnown {
		return false
	}
	t := tx.toks[j]
	w := tx.text[t.start:t.end]
	switch {
	case t.cls == caseLower:
		if strings.IndexByte(w, 0xE2) >= 0 { // may hold ’ (E2 80 99)
			return false
		}
		cw.word = w
	case t.cls == caseTitle && t.initial:
		if !asciiLowerOf(e.Word(), w) {
			return false
		}
		cw.word = e.Word()
	default:
		return false
	}
	return true
}

// asciiLowerOf reports whether w is ASCII and lower is w in lower case.
func asciiLowerOf(lower, w string) bool {
	if len(lower) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if lower[i] != c {
			return false
		}
	}
	return true
}

// maxes returns the bounds of the counts of the pairs that token j's word
// begins and ends (none without an entryLexicon).
func (tx *realText) maxes(j int) (first, last uint64) {
	if tx.c.elex == nil {
		return math.MaxUint64, math.MaxUint64
	}
	return tx.c.elex.EntryBigramMax(tx.word(j).entry)
}

// linked reports whether tokens i-1 and i are each other's context: only
// white space between them, no hyphen.
func (tx *realText) linked(i int) bool { return tx.toks[i].adjacent && !tx.toks[i].hyphen }

// pair returns P(words[i] | words[i-1]); both must have counts.
func (tx *realText) pair(i int) float64 {
	b := &tx.ctx[i]
	if b.pair == 0 {
		a := tx.word(i - 1)
		b = tx.word(i)
		n := tx.c.bigram(a.word, a.entry, b.word, b.entry)
		b.pair = tx.c.condP(n, a.count, b.count)
	}
	return b.pair
}

// contextToken returns token j in lower case if it can be context: a known
// word in lower case or opening a sentence, as Corrector.word gives it,
// and also the one-letter words "a" and "I" ("it wax a mistake"), too
// short to be corrected but common enough to be evidence. A contraction is
// given with an ASCII apostrophe, as the lexicon lists it.
func (c *Corrector) contextToken(text string, toks []token, st []status, j int) string {
	t := toks[j]
	w := text[t.start:t.end]
	if st[j] != statusKnown {
		if t.runes != 1 || t.skip {
			return ""
		}
		return letterWord(w, t.initial)
	}
	switch {
	case t.cls == caseLower:
	case t.cls == caseTitle && t.initial:
		w = strings.ToLower(w)
	default:
		return ""
	}
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// realContext is a known word w (count cw) between the words l and r
// (counts cl and cr; "" where silent).
type realContext struct {
	w, l, r    string
	cw, cl, cr uint64
	el, er     dict.Entry // the lexicon's entries for l and r
	// maxL bounds the count of any pair l begins, maxR of any pair r
	// ends.
	maxL, maxR uint64
}

// bound returns an upper bound of P(k | l) · P(r | k) over every word k
// whose count is at most maxCount. P(k | l) is at most min(1, ck/cl), and
// P(r | k) at most min(1, cr/ck): a pair occurs no more often than either
// of its words. With l silent, P(k) / P(w) stands for P(k | l) / P(w | l),
// and the bound is of P(k) / P(w) · P(r | k).
func (x *realContext) bound(maxCount uint64) float64 {
	m := float64(maxCount)
	b := x.g(m)
	if x.l != "" {
		b = max(b, x.g(min(m, float64(x.cl))))
	}
	if x.r != "" {
		b = max(b, x.g(min(m, float64(x.cr))))
	}
	return b
}

// boundAny returns bound(math.MaxUint64), the bound for a word of any
// count, to the last bit, without its divisions: with l known, every g
// but one is 1 or min(cl, cr)/cl, the largest.
func (x *realContext) boundAny() float64 {
	switch {
	case x.l != "" && x.r != "":
		// g(m) = cr/m, g(cl) = min(1, cr/cl), g(cr) = min(cl, cr)/cl:
		// the last two are the same number, which the first is below.
		return min(float64(x.cl), float64(x.cr)) / float64(x.cl)
	case x.l != "":
		return 1 // g(m) = g(cl) = 1
	}
	return x.bound(math.MaxUint64)
}

// boundUpTo returns bound(maxCount), given boundAll = boundAny(): with l known
// and maxCount at least cl and cr, the count of k makes no difference
// (g(maxCount) = cr/maxCount is at most cr/cl).
func (x *realContext) boundUpTo(maxCount uint64, boundAll float64) float64 {
	if x.l != "" && maxCount >= x.cl && (x.r == "" || maxCount >= x.cr) {
		return boundAll
	}
	return x.bound(maxCount)
}

// g is the bound of P(k | l) · P(r | k) (with l silent, of P(k) / P(w) ·
// P(r | k)) for a word k of count ck.
func (x *realContext) g(ck float64) float64 {
	var p float64
	if x.l != "" {
		p = min(float64(x.cl), ck) / float64(x.cl)
	} else {
		p = (ck + 1) / float64(x.cw+1)
	}
	if x.r != "" {
		p *= min(1, float64(x.cr)/ck)
	}
	return p
}

// boundSlack covers the rounding of bound: for counts a ≤ b, bound(a) as
// computed is at most bound(b)·boundSlack as computed, though the exact
// bound(a) ≤ bound(b) may not survive rounding. A confusable whose odds
// times the set's bound, times boundSlack, stays below a floor stays
// below it on its own bound too.
const boundSlack = 1 + 1e-9

// reachBound returns a bound, over the words k of cs, of the odds of
// reading k for w over k's own odds (confusable.odds): left · right in
// realWord, where left is P(k | l) / P(w | l) (with l silent, P(k) / P(w))
// and right P(r | k) / P(r | w). keepL and keepR are P(w | l) and
// P(r | w). A pair "l k" counts at most x.maxL and the largest count of a
// pair that a word of cs ends, and at most the count of either word; one
// the list lacks, at most absentShare of its floor (see absentP); so
// P(k | l) ≤ min(ML, ck)/cl with ML = min(max(that largest count, that
// share), cl), and P(r | k) ≤ min(MR, ck)/ck with MR likewise. Their
// product peaks at min(ML, MR) over k's count, which is at most
// cs.maxCount. The bound holds in real numbers, so before rounding:
// callers allow boundSlack. A set with a word of count 0, for which odds
// may not be a number, has no bound (+Inf).
func (x *realContext) reachBound(cs *confusion, keepL, keepR float64) float64 {
	if cs.minCount == 0 {
		return math.Inf(1)
	}
	const share = absentShare * bigramFloor
	m := float64(cs.maxCount)
	ml := min(max(float64(min(x.maxL, cs.maxLast)), share), float64(x.cl))
	mr := min(max(float64(min(x.maxR, cs.maxFirst)), share), float64(x.cr))
	switch {
	case x.l != "" && x.r != "":
		return min(m, ml, mr) / (float64(x.cl) * keepL * keepR)
	case x.l != "":
		return min(m, ml) / (float64(x.cl) * keepL)
	default:
		// left is (ck+1)/(cw+1), and (ck+1)/ck · min(MR, ck) is at most
		// min(MR, ck) + 1.
		return (min(m, mr) + 1) / (float64(x.cw+1) * keepR)
	}
}

// realWordMaxOdds is the largest odds of any confusable: one cheapest
// edit away.
var realWordMaxOdds = math.Exp(realWordPrior-lambda*costCheapest) / (1 - math.Exp(realWordPrior))

// realWord returns the word of x.w's confusion set that x.w is most likely a
// slip for (x.w is token i of tx), and the probability of that reading against
// leaving w and every other reading; "" if no reading has odds of need or
// more against leaving w.
func (c *Corrector) realWord(tx *realText, i int, x *realContext, need float64, sc *scratch) (string, float64) {
	// P(w | l) · P(r | w), or P(r | w) with l silent; then a bound for
	// any word one cheapest edit away, before w's confusion set is
	// fetched, and one for the set.
	var keepL, keepR float64
	var vetoL, vetoR bool // the pair with w is in the list: evidence for w
	keep := 1.0
	if x.l != "" {
		keepL = tx.pair(i)
		keep = keepL
		vetoL = keepL*float64(x.cl) >= bigramFloor
	}
	if x.r != "" {
		keepR = tx.pair(i + 1)
		keep *= keepR
		vetoR = keepR*float64(x.cw) >= bigramFloor
	}
	boundAll := x.boundAny()
	if boundAll*realWordMaxOdds < need*keep {
		return "", 0
	}
	cs := c.confusionAt(x.w, tx.ctx[i].entry.Index(), sc)
	if len(cs.words) == 0 {
		return "", 0
	}
	setBound := x.boundUpTo(cs.maxCount, boundAll)
	if setBound*cs.maxOdds < need*keep {
		return "", 0
	}
	// The odds of reading k for w, or 0 if a neighbour speaks against k
	// or its bound is below floor.
	odds := func(k *confusable, floor float64) float64 {
		if x.bound(k.count)*k.odds < floor*keep {
			return 0
		}
		// Neither side may be against k: P(k | l) ≥ P(w | l) and
		// P(r | k) ≥ P(r | w), which their bounds may already rule out.
		ck := float64(k.count)
		if vetoL && min(1, ck/float64(x.cl)) < keepL || vetoR && min(1, float64(x.cr)/ck) < keepR {
			return 0
		}
		var left, right float64
		if x.l != "" {
			left = c.condP(c.bigram(x.l, x.el, k.word, k.entry), x.cl, k.count) / keepL
			if vetoL && left < 1 {
				return 0
			}
		} else {
			left = float64(k.count+1) / float64(x.cw+1)
		}
		right = 1
		if x.r != "" {
			// P(r | k) is at most min(1, cr/ck): bound before looking up.
			if left*min(1, float64(x.cr)/float64(k.count))/keepR*k.odds < floor {
				return 0
			}
			right = c.condP(c.bigram(k.word, k.entry, x.r, x.er), k.count, x.cr) / keepR
			if vetoR && right < 1 {
				return 0
			}
		}
		return left * right * k.odds
	}
	// mayReach is false if the odds of reading k are surely below need,
	// or a neighbour surely speaks against k, by bounds of P(k | l) and
	// P(r | k) that need no look-up: the largest count of a pair that l
	// begins, or k ends, bounds the pair "l k"; likewise for "k r". Each
	// bound is computed as odds computes the value it bounds, so it holds
	// after rounding.
	//
	// The bounds are of real numbers, computed with reciprocals taken
	// once: boundSlack covers their rounding and that of odds.
	const share = absentShare * bigramFloor
	var (
		perL   = 1 / (float64(x.cl) * keepL) // left = P(k | l)·cl · perL
		perR   = 1 / keepR
		perW   = 1 / float64(x.cw+1)
		clT    = float64(x.cl) / c.vocab.total
		crT    = float64(x.cr) / c.vocab.total
		unsure = cs.minCount == 0
	)
	mayReach := func(k *confusable) bool {
		if unsure {
			return true
		}
		ck := float64(k.count)
		// P(k | l)·cl is at most the count bound n of the pair, or what
		// absentP gives a missing pair: at most share.
		left := (ck + 1) * perW
		if x.l != "" {
			n := float64(min(x.maxL, k.maxLast, x.cl, k.count))
			if n < share {
				n = max(n, min(clT*ck, share), 1e-3)
			}
			left = n * perL
			if vetoL && left*boundSlack < 1 {
				return false
			}
		}
		right := 1.0
		if x.r != "" {
			n := float64(min(x.maxR, k.maxFirst, k.count, x.cr))
			if n < share {
				n = max(n, min(ck*crT, share), 1e-3)
			}
			right = n * k.inv * perR
			if vetoR && right*boundSlack < 1 {
				return false
			}
		}
		return left*right*k.odds*boundSlack >= need
	}
	// The best reading among those that may reach need; then, only if it
	// does, the sum over every reading that is not negligible. Readings
	// are tried by their odds, from the largest, until a bound of the
	// set rules out the rest; of equal odds the first word in alphabetical
	// order wins. A reading below need is passed over: it cannot be the
	// best of a set whose best reaches need.
	if x.l != "" {
		x.maxL, _ = tx.maxes(i - 1)
	}
	if x.r != "" {
		_, x.maxR = tx.maxes(i + 1)
	}
	reach := x.reachBound(cs, keepL, keepR)
	if reach*cs.maxOdds*boundSlack < need {
		return "", 0
	}
	best, bestOdds := -1, 0.0
	for n := range cs.words {
		k := &cs.words[n]
		if setBound*k.odds*boundSlack < need*keep || reach*k.odds*boundSlack < need {
			break
		}
		if !mayReach(k) {
			continue
		}
		if o := odds(k, need); o > bestOdds || o == bestOdds && best >= 0 && k.rank < cs.words[best].rank {
			best, bestOdds = n, o
		}
	}
	if best < 0 || bestOdds < need {
		return "", 0
	}
	// The sum in alphabetical order, as readings that are not negligible
	// are few: a reading left out adds 0.
	floor := need * realWordNegligible
	terms := sc.terms[:0]
	for n := range cs.words {
		k := &cs.words[n]
		if setBound*k.odds*boundSlack < floor*keep {
			break
		}
		if o := odds(k, floor); o != 0 {
			terms = append(terms, realTerm{k.rank, o})
		}
	}
	slices.SortFunc(terms, func(a, b realTerm) int { return cmp.Compare(a.n, b.n) })
	sum := 1.0 // leaving w
	for _, t := range terms {
		sum += t.odds
	}
	sc.terms = terms
	return cs.words[best].word, bestOdds / sum
}

// A realTerm is the odds of reading the confusable of rank n, a term of
// the sum in realWord.
type realTerm struct {
	n    int32
	odds float64
}

// bigram returns the count of the pair "a b" in the bigram list, by the
// lexicon's entries ea and eb for a and b when it has them.
func (c *Corrector) bigram(a string, ea dict.Entry, b string, eb dict.Entry) uint64 {
	if c.elex != nil {
		return c.elex.EntryBigram(ea, eb)
	}
	return c.lex.Bigram(a, b)
}

// condP returns P(b | a), the chance that a (count ca) is followed by b
// (count cb), from n, the bigram list's count of the pair; see absentP for
// a pair the list lacks.
func (c *Corrector) condP(n, ca, cb uint64) float64 {
	if n > 0 {
		// A pair occurs no more often than either of its words.
		return float64(min(n, ca, cb)) / float64(ca)
	}
	return c.absentP(ca, cb)
}

// absentP returns P(b | a) for a pair that the bigram list lacks: it was
// counted fewer than bigramFloor times, so it is taken to occur as often
// as its words' counts predict, but at most absentShare of the floor. It
// is the least condP returns for the same counts.
func (c *Corrector) absentP(ca, cb uint64) float64 {
	est := min(float64(ca)*float64(cb)/c.vocab.total, absentShare*bigramFloor)
	return max(est, 1e-3) / float64(ca)
}

// variantPair reports whether a and b are spellings of one word in
// different locales ("center", "centre"; "honor", "honour", which the
// variant groups lack): a change of locale is the job of Options.Locale,
// never a correction.
func (c *Corrector) variantPair(a, b string) bool {
	for _, v := range c.lex.Variants(a) {
		if v.Word == b {
			return true
		}
	}
	for _, loc := range dict.Locales {
		if c.spellingIn(a, loc) == b || c.spellingIn(b, loc) == a {
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
