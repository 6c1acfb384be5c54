package boilerplate

import (
	"math"
	"slices"
	"sort"
	"sync"
)

// A Learner counts, over a corpus, which segments each source repeats, and
// builds the Profile of a source's boilerplate. Add may be called from
// many goroutines at once.
//
// A segment becomes boilerplate of a source when
//   - at least MinDocs documents of the source, and at least MinShare of
//     them, contain it;
//   - where it sits and how it reads, together, say boilerplate: the
//     share of its documents that hold it at an edge (the first or last
//     three lines) or between the same neighbours, plus its mean
//     junk-likeness (see junk.go), reaches learnScore. An appeal at the
//     edges qualifies however it reads, a call to action anywhere
//     qualifies, and reporting prose (a quote, a reused background
//     paragraph) needs to sit at the edges of nearly every document;
//   - it occurs in no more than MaxSources sources: text that several
//     outlets share is quoted content, not junk.
//
// Two kinds of unit are counted: sentence-like segments and junk-like runs
// of runWords words (see segment.go), so that boilerplate glued inside a
// line is learned too.
type Learner struct {
	opts Options

	mu      sync.Mutex
	sources map[string]*sourceStats
	runOnce int // entries in the sources' runOnce maps
}

// runOnceCap bounds the word runs seen only once that a Learner keeps
// (about 40 bytes each), so that learning stays within its memory budget
// on any corpus.
const runOnceCap = 1 << 21

// sourceStats counts the segments of one source. Most segments occur
// once; they are kept packed in once (8 bytes a value) and move to segs
// when seen again, which keeps learning 100,000 documents well under the
// memory budget.
type sourceStats struct {
	docs    int
	once    map[uint64]uint64  // packed: prev<<40 | next<<16 | junk<<8 | edge
	segs    map[uint64]segStat // segments seen in two or more documents
	runOnce map[uint64]uint64  // word runs seen once, packed as once
	runs    map[uint64]segStat // word runs seen in two or more documents
}

// segStat counts one segment within one source. prev and next are the
// first neighbours it was seen with (24-bit hashes, 0 at a document edge);
// junk sums the quantised junk scores of its documents.
type segStat struct {
	docs, edge, stable uint32
	prev, next         uint32
	junk               int32
}

// learnScore is the score (position share plus mean junk-likeness) a
// repeated unit needs to be learned.
const learnScore = 0.5

// quantJunk stores a junk score in 8 bits (steps of 0.02).
func quantJunk(j float64) int8 {
	return int8(max(-128, min(127, math.Round(j*50))))
}

func pack(prev, next uint32, junk int8, edge bool) uint64 {
	v := uint64(prev)<<40 | uint64(next)<<16 | uint64(uint8(junk))<<8
	if edge {
		v |= 1
	}
	return v
}

func unpack(v uint64) (prev, next uint32, junk int8, edge bool) {
	return uint32(v >> 40), uint32(v>>16) & 0xFFFFFF, int8(uint8(v >> 8)), v&1 == 1
}

// score returns how strongly c says boilerplate: the share of its
// documents holding it at an edge or between its usual neighbours, plus
// its mean junk-likeness.
func (c segStat) score() float64 {
	pos := float64(c.edge) / float64(c.docs)
	if c.docs > 1 {
		pos = max(pos, float64(c.stable)/float64(c.docs-1))
	}
	return pos + float64(c.junk)/50/float64(c.docs)
}

// NewLearner returns a Learner using the learning thresholds of opts
// (zero fields take their defaults). Invalid thresholds are replaced by
// their defaults; New reports them.
func NewLearner(opts Options) *Learner {
	o := opts.withDefaults()
	if _, err := compile(Options{MinDocs: o.MinDocs, MinShare: o.MinShare, MinSegment: o.MinSegment, MaxSources: o.MaxSources}); err != nil {
		d := DefaultOptions()
		o.MinDocs, o.MinShare, o.MinSegment, o.MaxSources = d.MinDocs, d.MinShare, d.MinSegment, d.MaxSources
	}
	return &Learner{opts: o, sources: map[string]*sourceStats{}}
}

// Add counts the segments of one document from source (an outlet or
// domain; "" is a source like any other).
func (l *Learner) Add(source, text string) {
	segs := segments(text, l.opts.MinSegment)
	// Edge lines: the first and last edgeSpan lines holding segments.
	var lines []int
	for _, s := range segs {
		if len(lines) == 0 || lines[len(lines)-1] != s.line {
			lines = append(lines, s.line)
		}
	}
	isEdge := func(line int) bool {
		k := sort.SearchInts(lines, line)
		e := edgeSpan(len(lines))
		return k < e || k >= len(lines)-e
	}
	type obs struct {
		hash       uint64
		edge       bool
		junk       int8
		prev, next uint32
	}
	segJunk := make([]junkCounts, len(segs))
	wins := runs(text, segs, segJunk)
	seen := make(map[uint64]bool, len(segs))
	var todo []obs
	for i, s := range segs {
		if !s.long || seen[s.hash] {
			continue
		}
		seen[s.hash] = true
		o := obs{hash: s.hash, edge: isEdge(s.line), junk: quantJunk(segJunk[i].score())}
		if i > 0 {
			o.prev = uint32(segs[i-1].hash>>40) | 1
		}
		if i+1 < len(segs) {
			o.next = uint32(segs[i+1].hash>>40) | 1
		}
		todo = append(todo, o)
	}
	var runTodo []obs
	clear(seen)
	for _, r := range wins {
		if seen[r.hash] {
			continue
		}
		seen[r.hash] = true
		runTodo = append(runTodo, obs{hash: r.hash, edge: isEdge(r.line), junk: quantJunk(r.junk)})
	}

	l.mu.Lock()
	defer l.mu.Unlock()
	st := l.sources[source]
	if st == nil {
		st = &sourceStats{once: map[uint64]uint64{}, segs: map[uint64]segStat{},
			runOnce: map[uint64]uint64{}, runs: map[uint64]segStat{}}
		l.sources[source] = st
	}
	st.docs++
	count := func(once map[uint64]uint64, many map[uint64]segStat, todo []obs, runs bool) {
		for _, o := range todo {
			c, ok := many[o.hash]
			if !ok {
				v, seen := once[o.hash]
				if !seen {
					once[o.hash] = pack(o.prev, o.next, o.junk, o.edge)
					continue
				}
				delete(once, o.hash)
				prev, next, junk, edge := unpack(v)
				c = segStat{docs: 1, prev: prev, next: next, junk: int32(junk)}
				if edge {
					c.edge = 1
				}
			}
			if !runs && (o.prev == c.prev || o.next == c.next) {
				c.stable++
			}
			c.docs++
			c.junk += int32(o.junk)
			if o.edge {
				c.edge++
			}
			many[o.hash] = c
		}
	}
	count(st.once, st.segs, todo, false)
	before := len(st.runOnce)
	count(st.runOnce, st.runs, runTodo, true)
	l.runOnce += len(st.runOnce) - before
	if l.runOnce > runOnceCap {
		// Lossy counting: forget the runs seen only once. A run that
		// repeats in a fair share of a source's documents is soon seen
		// twice again; its count falls short by at most one per flush.
		for _, st := range l.sources {
			st.runOnce = map[uint64]uint64{}
		}
		l.runOnce = 0
	}
}

// Docs returns the number of documents added so far.
func (l *Learner) Docs() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, s := range l.sources {
		n += s.docs
	}
	return n
}

// Profile returns the boilerplate learned so far. The Learner may go on
// learning afterwards.
func (l *Learner) Profile() *Profile {
	l.mu.Lock()
	defer l.mu.Unlock()
	o := l.opts
	p := &Profile{minSegment: o.MinSegment, runWords: runWords}
	names := make([]string, 0, len(l.sources))
	for name := range l.sources {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		st := l.sources[name]
		need := max(o.MinDocs, int(math.Ceil(o.MinShare*float64(st.docs))))
		pick := func(once map[uint64]uint64, many map[uint64]segStat, runs bool) []uint64 {
			// Runs are junk-like by construction; a run that repeats goes
			// to the profile and removal weighs the whole run it joins
			// (see learned.go), so a window at a run's prose end is kept.
			threshold := learnScore
			if runs {
				threshold = runJunk
			}
			var hs []uint64
			shared := func(h uint64) bool {
				return o.MaxSources < len(l.sources) && l.sourceCount(h, runs, o.MaxSources) > o.MaxSources
			}
			if need <= 1 {
				for h, v := range once {
					_, _, junk, edge := unpack(v)
					c := segStat{docs: 1, junk: int32(junk)}
					if edge {
						c.edge = 1
					}
					if c.score() >= threshold && !shared(h) {
						hs = append(hs, h)
					}
				}
			}
			for h, c := range many {
				if int(c.docs) < need || c.score() < threshold || shared(h) {
					continue
				}
				hs = append(hs, h)
			}
			slices.Sort(hs)
			return hs
		}
		p.sources = append(p.sources, profileSource{name: name, docs: st.docs,
			hashes: pick(st.once, st.segs, false), runs: pick(st.runOnce, st.runs, true)})
	}
	p.index()
	return p
}

// sourceCount counts the sources holding h (a segment, or a word run
// when runs is set), stopping past limit.
func (l *Learner) sourceCount(h uint64, runs bool, limit int) int {
	n := 0
	for _, st := range l.sources {
		once, many := st.once, st.segs
		if runs {
			once, many = st.runOnce, st.runs
		}
		_, ok := many[h]
		if !ok {
			_, ok = once[h]
		}
		if ok {
			n++
			if n > limit {
				break
			}
		}
	}
	return n
}
