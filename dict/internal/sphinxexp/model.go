package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/dict/internal/sphinxlm"
)

// bigramFloor is the smallest count of the lexicon's bigram list (Norvig's
// count_2w cut-off, after the ÷64): a pair the list lacks occurred fewer
// times than this, whoever else attests it.
const bigramFloor = 100000

// maxGain bounds one trigram term, as the corrector bounds an association.
const maxGain = 4.0

var ln10 = math.Log(10)

// A variant says which parts of the pocketsphinx model the corrector uses.
type variant struct {
	name     string
	bigrams  bool // (a) its bigrams, as pseudo-counts, for pairs our list lacks
	backoff  bool // (a′) its back-off estimate where neither lists the pair
	trigrams bool // (b) its trigrams as an extra context term
	keep     int  // with bigrams: only the keep pairs ranked first by keepBy (0: all)
	keepBy   string
}

// Ways to rank the pairs when pruning.
const (
	byCount    = "count"    // highest pseudo-count first
	byAssoc    = "assoc"    // largest |association| first: the most informative
	byPositive = "positive" // largest association first: pairs that go together
	byTopWords = "topwords" // every pair with one of the keep commonest words on a side
)

var variants = []variant{
	{name: "(a) + pocketsphinx bigrams", bigrams: true},
	{name: "(a′) + bigrams and back-off", bigrams: true, backoff: true},
	{name: "(b) + trigrams", trigrams: true},
	{name: "(a)+(b) bigrams and trigrams", bigrams: true, trigrams: true},
}

// A psModel is a spell.ContextModel over the pocketsphinx model.
type psModel struct {
	variant
	lm    *sphinxlm.Model
	lex   *dict.Lexicon
	total float64         // sum of the lexicon's counts, as the corrector's
	cal   float64         // ln of the ratio of our bigram counts to P(b|a)·count(a)
	kept  map[uint64]bool // with keep: the pairs (a<<32 | b, pocketsphinx ids) used
}

// A calibration relates pocketsphinx bigram probabilities to the lexicon's
// bigram counts, on the pairs both hold.
type calibration struct {
	shared, extra  int     // pairs both lists hold; pairs only pocketsphinx lists, both words in the lexicon
	median, q1, q3 float64 // of ln(count / (P(b|a)·count(a))) over the shared pairs
}

// calibrate compares the two bigram lists.
func calibrate(lm *sphinxlm.Model, lex *dict.Lexicon) calibration {
	var c calibration
	var ratios []float64
	for g := range lm.NGrams(2) {
		a, b := lm.Word(g.Words[0]), lm.Word(g.Words[1])
		ca, cb := lex.Count(a), lex.Count(b)
		if ca == 0 || cb == 0 {
			continue
		}
		if n := lex.Bigram(a, b); n > 0 {
			c.shared++
			ratios = append(ratios, math.Log(float64(n))-(g.Prob*ln10+math.Log(float64(ca))))
		} else {
			c.extra++
		}
	}
	slices.Sort(ratios)
	if n := len(ratios); n > 0 {
		c.median, c.q1, c.q3 = ratios[n/2], ratios[n/4], ratios[3*n/4]
	}
	return c
}

func (c calibration) String() string {
	return fmt.Sprintf("%d pocketsphinx bigrams both lists hold, %d more with both words in the lexicon; ln(count / (P(b|a)·count(a))) median %.2f (quartiles %.2f, %.2f)",
		c.shared, c.extra, c.median, c.q1, c.q3)
}

func newModel(v variant, lm *sphinxlm.Model, lex *dict.Lexicon, cal calibration) *psModel {
	total := 0.0
	for _, c := range lex.All() {
		total += float64(c)
	}
	m := &psModel{variant: v, lm: lm, lex: lex, total: max(total, 1), cal: cal.median}
	if v.keep > 0 {
		m.kept = m.topPairs(v.keep, v.keepBy)
	}
	return m
}

// topPairs returns the n pocketsphinx bigrams ranked first by the given
// order among those our list lacks: what a table pruned to n pairs would
// hold.
func (m *psModel) topPairs(n int, by string) map[uint64]bool {
	type pair struct {
		key    uint64
		pseudo float64
	}
	var common map[string]bool
	if by == byTopWords {
		common = m.commonest(n)
		n = math.MaxInt
	}
	var ps []pair
	for g := range m.lm.NGrams(2) {
		a, b := m.lm.Word(g.Words[0]), m.lm.Word(g.Words[1])
		ca := m.lex.Count(a)
		if ca == 0 || m.lex.Count(b) == 0 || m.lex.Bigram(a, b) > 0 {
			continue
		}
		if common != nil && !common[a] && !common[b] {
			continue
		}
		rank := g.Prob*ln10 + math.Log(float64(ca))
		if by == byAssoc || by == byPositive {
			expect := float64(ca) * float64(m.lex.Count(b)) / m.total
			rank = math.Log(min(math.Exp(m.cal+rank), bigramFloor) / expect)
			if by == byAssoc {
				rank = math.Abs(rank)
			}
		}
		ps = append(ps, pair{uint64(g.Words[0])<<32 | uint64(g.Words[1]), rank})
	}
	slices.SortFunc(ps, func(x, y pair) int {
		if x.pseudo != y.pseudo {
			return cmp.Compare(y.pseudo, x.pseudo)
		}
		return cmp.Compare(x.key, y.key)
	})
	kept := make(map[uint64]bool, min(n, len(ps)))
	for _, p := range ps[:min(n, len(ps))] {
		kept[p.key] = true
	}
	return kept
}

// commonest returns the n words of highest count in the lexicon.
func (m *psModel) commonest(n int) map[string]bool {
	type wc struct {
		w string
		c uint64
	}
	var all []wc
	for w, c := range m.lex.All() {
		all = append(all, wc{w, c})
	}
	slices.SortFunc(all, func(x, y wc) int {
		if x.c != y.c {
			return cmp.Compare(y.c, x.c)
		}
		return cmp.Compare(x.w, y.w)
	})
	out := make(map[string]bool, n)
	for _, x := range all[:min(n, len(all))] {
		out[x.w] = true
	}
	return out
}

// Assoc implements spell.ContextModel: for a pair the lexicon's bigram
// list lacks, the association its pseudo-count gives (variant a), or the
// pocketsphinx back-off estimate (variant a′).
func (m *psModel) Assoc(a, b string) (float64, bool) {
	if !m.bigrams {
		return 0, false
	}
	ia, ok1 := m.lm.ID(a)
	ib, ok2 := m.lm.ID(b)
	if !ok1 || !ok2 {
		return 0, false
	}
	ca, cb := float64(m.lex.Count(a)), float64(m.lex.Count(b))
	if ca == 0 || cb == 0 {
		return 0, false
	}
	expect := ca * cb / m.total
	if p, _, ok := m.lm.Lookup(ia, ib); ok && (m.kept == nil || m.kept[uint64(ia)<<32|uint64(ib)]) {
		// Our list lacks the pair, so it occurred fewer than bigramFloor
		// times: the pseudo-count cannot say more.
		pseudo := min(math.Exp(m.cal+p*ln10)*ca, bigramFloor)
		return math.Log(pseudo / expect), true
	}
	if m.backoff && expect <= 4*bigramFloor {
		s, _ := m.lm.Score(ia, ib)
		pb, _ := m.lm.Unigram(ib)
		return (s - pb) * ln10, true
	}
	return 0, false
}

// Extra implements spell.ContextModel: with trigrams (variant b), how much
// more likely each trigram through the candidate is than the bigram model
// predicts, for the trigrams the model lists.
func (m *psModel) Extra(l2, l1, first, last, r1, r2 string) float64 {
	if !m.trigrams {
		return 0
	}
	prev := l1
	if first != last {
		prev = first
	}
	return m.gain(l2, l1, first) + m.gain(prev, last, r1) + m.gain(last, r1, r2)
}

// gain is ln P(z | x y) − ln P_backoff(z | x y) for a listed trigram
// "x y z", bounded; 0 if the model does not list it.
func (m *psModel) gain(x, y, z string) float64 {
	if x == "" || y == "" || z == "" {
		return 0
	}
	ix, ok1 := m.lm.ID(x)
	iy, ok2 := m.lm.ID(y)
	iz, ok3 := m.lm.ID(z)
	if !ok1 || !ok2 || !ok3 {
		return 0
	}
	p3, _, ok := m.lm.Lookup(ix, iy, iz)
	if !ok {
		return 0
	}
	_, bo, _ := m.lm.Lookup(ix, iy)
	p2, _ := m.lm.Score(iy, iz)
	return math.Max(-maxGain, math.Min(maxGain, (p3-bo-p2)*ln10))
}
