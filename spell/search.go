package spell

import (
	"math/bits"
	"sync"
	"sync/atomic"
)

// A candidate is a word within the edit distance limit of a suspect.
type candidate struct {
	id   int32
	dist int
}

// scratch holds the buffers of one search, reused through a sync.Pool.
type scratch struct {
	seen   []uint32 // seen[id] == stamp: id already verified in this search
	stamp  uint32
	qmask  uint32  // letterMask of the query
	pat    pattern // the query, for the bit-parallel distance
	usePat bool    // pat holds the query (1 to patternMax runes)
	chq    channelQuery
	hashes []uint32
	runes  []rune
	ibuf   []int
	fbuf   []float64
	cands  []candidate
	ctx    []ctxWord  // real_words: the tokens of a pass as context
	terms  []realTerm // real_words: the terms of a sum
	at     []int32    // real_words: the edits of other rules by start
}

// searcher finds the vocabulary words within distance k of a query.
type searcher struct {
	v     *vocab
	once  sync.Once
	index *deleteIndex // set once, under once; ready tells it is there
	ready atomic.Bool
	// lookups counts look-ups; after scanLimit of them the index is built.
	lookups atomic.Int64
}

// scanLimit is the number of suspects looked up by scanning the vocabulary
// before the symmetric-delete index is built. A short document (a CLI call
// on one paragraph) never pays for the index; a long run builds it once.
const scanLimit = 32

func newSearcher(v *vocab) *searcher { return &searcher{v: v} }

func (s *searcher) buildIndex() {
	s.once.Do(func() {
		s.index = newDeleteIndex(s.v)
		s.ready.Store(true)
	})
}

// useIndex reports whether this lookup should go through the index,
// building it when the scan budget is spent.
func (s *searcher) useIndex() bool {
	if s.ready.Load() {
		return true
	}
	if s.lookups.Add(1) > scanLimit {
		s.buildIndex()
		return true
	}
	return false
}

// search appends to sc.cands every word within OSA distance k of q.
// The result does not depend on whether the index or the scan was used.
func (s *searcher) search(q []rune, k int, sc *scratch) []candidate {
	sc.cands = sc.cands[:0]
	sc.qmask = letterMask(q)
	sc.usePat = len(q) >= 1 && len(q) <= patternMax
	if sc.usePat {
		sc.pat.reset(q)
	}
	sc.stamp++
	if sc.stamp == 0 {
		clear(sc.seen)
		sc.stamp = 1
	}
	if s.useIndex() {
		s.searchIndex(q, k, sc)
	} else {
		s.scan(q, k, sc)
	}
	return sc.cands
}

// newScratch returns buffers for a vocabulary of n words.
func newScratch(n int) *scratch {
	const w = maxWordLen + 2
	return &scratch{
		seen: make([]uint32, n),
		ibuf: make([]int, 3*w),
		fbuf: make([]float64, 3*w),
	}
}

func (s *searcher) verify(q []rune, k int, id uint32, sc *scratch) {
	if d := int(s.v.lens[id]) - len(q); d > k || -d > k {
		return
	}
	if !maskWithin(s.v.masks[id], sc.qmask, k) {
		return
	}
	s.check(q, k, id, sc)
}

// maskWithin is a cheap necessary condition for a distance within k: at
// most k letters are in one word and not the other.
func maskWithin(m, qmask uint32, k int) bool {
	return bits.OnesCount32(m&^qmask) <= k && bits.OnesCount32(qmask&^m) <= k
}

// check computes the distance of a word that passed the cheap filters and
// keeps it if within k, once per search.
func (s *searcher) check(q []rune, k int, id uint32, sc *scratch) {
	if sc.seen[id] == sc.stamp {
		return
	}
	sc.seen[id] = sc.stamp
	var d int
	if sc.usePat {
		d = sc.pat.dist(s.v.keys[id])
	} else {
		sc.runes = appendRunes(sc.runes[:0], s.v.keys[id])
		d = osa(q, sc.runes, k, sc.ibuf)
	}
	if d <= k {
		sc.cands = append(sc.cands, candidate{int32(id), d})
	}
}

func (s *searcher) searchIndex(q []rune, k int, sc *scratch) {
	p := q[:min(len(q), indexPrefix)]
	sc.hashes = deleteHashes(sc.hashes[:0], p, k)
	// The length and letter filters, read from the index's meta in one
	// load: the length in runes is within k of the query's.
	lo, hi := uint64(max(len(q)-k, 0)), uint64(len(q)+k)
	for _, h := range sc.hashes {
		for _, id := range s.index.bucket(h) {
			m := s.index.meta[id]
			if l := m >> 32; l < lo || l > hi || !maskWithin(uint32(m), sc.qmask, k) {
				continue
			}
			s.check(q, k, id, sc)
		}
	}
}

func (s *searcher) scan(q []rune, k int, sc *scratch) {
	lo, hi := s.v.lenRange(len(q)-k, len(q)+k)
	for id := lo; id < hi; id++ {
		s.verify(q, k, uint32(id), sc)
	}
}
