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
//   - it sits where boilerplate sits: at a document's edges (the first or
//     last three lines) in at least half of those documents, or between the
//     same neighbours in at least half of them;
//   - it occurs in no more than MaxSources sources: text that several
//     outlets share is quoted content, not junk.
type Learner struct {
	opts Options

	mu      sync.Mutex
	sources map[string]*sourceStats
}

// sourceStats counts the segments of one source. Most segments occur
// once; they are kept packed in once (8 bytes a value) and move to segs
// when seen again, which keeps learning 100,000 documents well under the
// memory budget.
type sourceStats struct {
	docs int
	once map[uint64]uint64  // packed: prev<<40 | next<<16 | edge
	segs map[uint64]segStat // segments seen in two or more documents
}

// segStat counts one segment within one source. prev and next are the
// first neighbours it was seen with (24-bit hashes, 0 at a document edge).
type segStat struct {
	docs, edge, stable uint32
	prev, next         uint32
}

func pack(prev, next uint32, edge bool) uint64 {
	v := uint64(prev)<<40 | uint64(next)<<16
	if edge {
		v |= 1
	}
	return v
}

func unpack(v uint64) (prev, next uint32, edge bool) {
	return uint32(v >> 40), uint32(v>>16) & 0xFFFFFF, v&1 == 1
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
	// Edge lines: the first and last edgeLines lines holding segments.
	var lines []int
	for _, s := range segs {
		if len(lines) == 0 || lines[len(lines)-1] != s.line {
			lines = append(lines, s.line)
		}
	}
	isEdge := func(line int) bool {
		k := sort.SearchInts(lines, line)
		return k < edgeLines || k >= len(lines)-edgeLines
	}
	type obs struct {
		hash       uint64
		edge       bool
		prev, next uint32
	}
	seen := make(map[uint64]bool, len(segs))
	var todo []obs
	for i, s := range segs {
		if !s.long || seen[s.hash] {
			continue
		}
		seen[s.hash] = true
		o := obs{hash: s.hash, edge: isEdge(s.line)}
		if i > 0 {
			o.prev = uint32(segs[i-1].hash>>40) | 1
		}
		if i+1 < len(segs) {
			o.next = uint32(segs[i+1].hash>>40) | 1
		}
		todo = append(todo, o)
	}

	l.mu.Lock()
	defer l.mu.Unlock()
	st := l.sources[source]
	if st == nil {
		st = &sourceStats{once: map[uint64]uint64{}, segs: map[uint64]segStat{}}
		l.sources[source] = st
	}
	st.docs++
	for _, o := range todo {
		c, ok := st.segs[o.hash]
		if !ok {
			v, seen := st.once[o.hash]
			if !seen {
				st.once[o.hash] = pack(o.prev, o.next, o.edge)
				continue
			}
			delete(st.once, o.hash)
			prev, next, edge := unpack(v)
			c = segStat{docs: 1, prev: prev, next: next}
			if edge {
				c.edge = 1
			}
		}
		if o.prev == c.prev || o.next == c.next {
			c.stable++
		}
		c.docs++
		if o.edge {
			c.edge++
		}
		st.segs[o.hash] = c
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
	p := &Profile{minSegment: o.MinSegment}
	names := make([]string, 0, len(l.sources))
	for name := range l.sources {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		st := l.sources[name]
		need := max(o.MinDocs, int(math.Ceil(o.MinShare*float64(st.docs))))
		var hs []uint64
		if need <= 1 {
			for h, v := range st.once {
				_, _, edge := unpack(v)
				if edge && (o.MaxSources >= len(l.sources) || l.sourceCount(h, o.MaxSources) <= o.MaxSources) {
					hs = append(hs, h)
				}
			}
		}
		for h, c := range st.segs {
			if int(c.docs) < need {
				continue
			}
			if 2*c.edge < c.docs && 2*c.stable < c.docs-1 {
				continue // neither at the edges nor between fixed neighbours
			}
			if o.MaxSources < len(l.sources) && l.sourceCount(h, o.MaxSources) > o.MaxSources {
				continue
			}
			hs = append(hs, h)
		}
		slices.Sort(hs)
		p.sources = append(p.sources, profileSource{name: name, docs: st.docs, hashes: hs})
	}
	p.index()
	return p
}

// sourceCount counts the sources holding h, stopping past limit.
func (l *Learner) sourceCount(h uint64, limit int) int {
	n := 0
	for _, st := range l.sources {
		_, ok := st.segs[h]
		if !ok {
			_, ok = st.once[h]
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
