package sphinxlm

import (
	"iter"
	"sort"
)

// A Model is a decoded trie language model. Probabilities and back-off
// weights are log10. A Model is immutable and safe for concurrent use.
type Model struct {
	order      int
	declared   []int // counts from the header
	count      []int // counts of stored n-grams per order
	words      []string
	ids        map[string]int32
	uniProb    []float32
	uniBackoff []float32
	uniNext    []uint32 // len count[0]+1: children of unigram w are uniNext[w]..uniNext[w+1]
	levels     []level  // orders 2..order
	probBins   [][]float32
	boBins     [][]float32
}

// A level holds the bit-packed records of one order above 1.
type level struct {
	data      []byte
	start     int64 // byte offset of data in the file
	n         int   // records stored
	wordBits  uint
	quantBits uint // 32 for middle orders (back-off low, probability high), 16 for the last
	nextBits  uint // 0 for the last order
	width     uint
	unsorted  map[uint32]bool // first records of sibling ranges not in word order
}

func (lv *level) word(r uint32) uint32 {
	return readBits(lv.data, uint64(r)*uint64(lv.width), lv.wordBits)
}

// quant returns the probability bin and, for a middle order, the back-off bin.
func (lv *level) quant(r uint32) (prob, bo uint32) {
	at := uint64(r)*uint64(lv.width) + uint64(lv.wordBits)
	if lv.nextBits == 0 {
		return readBits(lv.data, at, probBits), 0
	}
	return readBits(lv.data, at+boBits, probBits), readBits(lv.data, at, boBits)
}

func (lv *level) next(r uint32) uint32 {
	return readBits(lv.data, uint64(r)*uint64(lv.width)+uint64(lv.wordBits+lv.quantBits), lv.nextBits)
}

// Order is the model's order: 3 for a trigram model.
func (m *Model) Order() int { return m.order }

// Count is the number of n-grams of order n (1..Order) the file holds.
func (m *Model) Count(n int) int {
	if n < 1 || n > m.order {
		return 0
	}
	return m.count[n-1]
}

// Declared is the header's count for order n; see the package doc for why
// it can exceed [Model.Count].
func (m *Model) Declared(n int) int {
	if n < 1 || n > m.order {
		return 0
	}
	return m.declared[n-1]
}

// Word returns the word with the given id (0..Count(1)-1), or "".
func (m *Model) Word(id int32) string {
	if id < 0 || int(id) >= len(m.words) {
		return ""
	}
	return m.words[id]
}

// ID returns the id of word, exactly as spelled (the en-us model is lower
// case), and whether the model has it.
func (m *Model) ID(word string) (int32, bool) {
	id, ok := m.ids[word]
	return id, ok
}

// Unigram returns the probability and back-off weight of word id.
func (m *Model) Unigram(id int32) (prob, backoff float64) {
	if id < 0 || int(id) >= len(m.uniProb) {
		return 0, 0
	}
	return float64(m.uniProb[id]), float64(m.uniBackoff[id])
}

// find returns the record among the siblings b..e-1 whose word is w.
func (lv *level) find(b, e, w uint32) (uint32, bool) {
	if lv.unsorted[b] {
		for r := b; r < e; r++ {
			if lv.word(r) == w {
				return r, true
			}
		}
		return 0, false
	}
	n := int(e - b)
	i := sort.Search(n, func(i int) bool { return lv.word(b+uint32(i)) >= w })
	if i < n && lv.word(b+uint32(i)) == w {
		return b + uint32(i), true
	}
	return 0, false
}

// node locates the n-gram ids (oldest word first) in the trie. It returns
// the number of words matched from the end (0 if the last word is not a
// word of the model) and the record of the longest match.
func (m *Model) node(ids []int32) (matched int, rec uint32) {
	if len(ids) == 0 {
		return 0, 0
	}
	w := ids[len(ids)-1]
	if w < 0 || int(w) >= m.count[0] {
		return 0, 0
	}
	matched, rec = 1, uint32(w)
	b, e := m.uniNext[w], m.uniNext[w+1]
	for k := 0; k < len(m.levels) && matched < len(ids); k++ {
		h := ids[len(ids)-1-matched]
		if h < 0 {
			break
		}
		lv := &m.levels[k]
		r, ok := lv.find(b, e, uint32(h))
		if !ok {
			break
		}
		matched, rec = matched+1, r
		if lv.nextBits > 0 {
			b, e = lv.next(r), lv.next(r+1)
		}
	}
	return matched, rec
}

// weights returns the probability and back-off of record rec of order n.
func (m *Model) weights(n int, rec uint32) (prob, backoff float64) {
	if n == 1 {
		return m.Unigram(int32(rec))
	}
	lv := &m.levels[n-2]
	p, b := lv.quant(rec)
	prob = float64(m.probBins[n-2][p])
	if lv.nextBits > 0 {
		backoff = float64(m.boBins[n-2][b])
	}
	return prob, backoff
}

// Lookup returns the stored probability and back-off of the n-gram ids,
// oldest word first, and whether the model holds that exact n-gram.
func (m *Model) Lookup(ids ...int32) (prob, backoff float64, ok bool) {
	if len(ids) == 0 || len(ids) > m.order {
		return 0, 0, false
	}
	matched, rec := m.node(ids)
	if matched != len(ids) {
		return 0, 0, false
	}
	prob, backoff = m.weights(matched, rec)
	return prob, backoff, true
}

// Score returns log10 P(last | the words before it), oldest first, backing
// off as an ARPA model does: the longest n-gram the model holds gives the
// probability, plus the back-off weights of the longer histories it holds.
// A history longer than Order-1 is cut to its newest words; an id that is
// not a word of the model ends the history there. If the last word is not
// a word of the model, Score returns 0 and false.
func (m *Model) Score(ids ...int32) (float64, bool) {
	if len(ids) == 0 {
		return 0, false
	}
	if len(ids) > m.order {
		ids = ids[len(ids)-m.order:]
	}
	for i := len(ids) - 2; i >= 0; i-- {
		if ids[i] < 0 || int(ids[i]) >= m.count[0] {
			ids = ids[i+1:]
			break
		}
	}
	matched, rec := m.node(ids)
	if matched == 0 {
		return 0, false
	}
	score, _ := m.weights(matched, rec)
	hist := ids[:len(ids)-1]
	// Add bo(h_j..h_1) for each history longer than the one matched.
	for j := matched; j <= len(hist); j++ {
		ctx := hist[len(hist)-j:]
		got, crec := m.node(ctx)
		if got != len(ctx) {
			break
		}
		_, bo := m.weights(got, crec)
		score += bo
	}
	return score, true
}

// An NGram is one stored n-gram: its word ids, oldest first, its log10
// probability and, below the highest order, its log10 back-off weight.
// Filler n-grams that sphinxbase inserted to reach a higher order are
// included; their back-off is 0.
type NGram struct {
	Words   []int32
	Prob    float64
	Backoff float64
}

// NGrams yields every stored n-gram of order n (1..Order), grouped by last
// word, then by the words before it in id order. The Words slice is reused
// between iterations; copy it to keep it.
func (m *Model) NGrams(n int) iter.Seq[NGram] {
	return func(yield func(NGram) bool) {
		if n < 1 || n > m.order {
			return
		}
		ids := make([]int32, n)
		var walk func(depth int, b, e uint32) bool // depth: words placed so far
		walk = func(depth int, b, e uint32) bool {
			lv := &m.levels[depth-1]
			for r := b; r < e; r++ {
				ids[n-1-depth] = int32(lv.word(r))
				if depth+1 == n {
					p, bo := m.weights(n, r)
					if !yield(NGram{Words: ids, Prob: p, Backoff: bo}) {
						return false
					}
					continue
				}
				if !walk(depth+1, lv.next(r), lv.next(r+1)) {
					return false
				}
			}
			return true
		}
		for w := range m.count[0] {
			ids[n-1] = int32(w)
			if n == 1 {
				p, bo := m.Unigram(int32(w))
				if !yield(NGram{Words: ids, Prob: p, Backoff: bo}) {
					return
				}
				continue
			}
			if !walk(1, m.uniNext[w], m.uniNext[w+1]) {
				return
			}
		}
	}
}
