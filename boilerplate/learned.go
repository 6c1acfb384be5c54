package boilerplate

import (
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Where a learned span sits decides how junk-like it must read to go: the
// base below plus the span's junk score (see junk.go) must reach
// learnScore. A span that is a whole line, or a line's start or end, at
// the document's edges goes unless it reads like reporting; the same in the
// middle of the document needs a little junk-likeness; a span inside a
// line needs clearly junk-like text (a call to action, a link), so that a
// repeated quote glued into a paragraph stays.
const (
	baseEdgeLine   = 1.0 // whole line or line end, in the first or last lines
	baseMiddleLine = 0.4 // whole line or line end, in the middle
	baseEdgeInner  = 0.2 // inside a line, in the first or last lines
	baseMiddleIn   = 0.0 // inside a line, in the middle
)

// learned removes what the profile knows as boilerplate of source: runs
// of learned segments and of learned word windows, with the short
// segments (below the profile's minimum length, such as `Read more`) they
// touch. A line made only of them goes whole; otherwise only the run goes
// and the rest of the line stays. Each run is weighed by where it sits and
// how junk-like it reads. It reports whether it planned anything new.
// edge marks the lines at the document's edges (see contentEdges).
func (cl *cleaner) learned(source string, edge []bool) (changed bool) {
	prof := cl.r.profile
	set := prof.set(source)
	var runSet []uint64
	if prof.runWords > 0 {
		runSet = prof.runSet(source)
	}
	if len(set) == 0 && len(runSet) == 0 {
		return false
	}
	minSeg := prof.minSegment
	var (
		units []span
		toks  []token
		cum   []junkCounts
		cands []span
		short []span
	)
	for i := range cl.lines {
		p := &cl.plans[i]
		if p.whole || p.protected {
			continue
		}
		s := cl.lineText(i)
		lo, hi := cl.bounds(p, s)
		if lo >= hi {
			continue
		}
		w := s[lo:hi]
		cands, short = cands[:0], short[:0]
		units = splitSegments(w, units)
		for _, u := range units {
			h, n := segHash(w[u.start:u.end])
			switch {
			case n < minSeg:
				short = append(short, u)
			case contains(set, h) && !readsReported(w[u.start:u.end]):
				cands = append(cands, u)
			}
		}
		segCands := len(cands)
		if len(runSet) > 0 {
			toks = words(tokenize(w, toks))
			k := prof.runWords
			cum = windows(toks, k, cum, func(a int, h uint64, _ float64) {
				if contains(runSet, h) {
					cands = append(cands, span{toks[a].start, toks[a+k-1].end})
				}
			})
		}
		cands = clipRuns(w, cands, segCands, units)
		if len(cands) == 0 {
			continue
		}
		runs := mergeSpans(w, cands, short)
		for _, m := range runs {
			lead, tail := onlyPunct(w[:m.start]), onlyPunct(w[m.end:])
			base := baseMiddleIn
			switch {
			case (lead || tail) && edge[i]:
				base = baseEdgeLine
			case lead || tail:
				base = baseMiddleLine
			case edge[i]:
				base = baseEdgeInner
			}
			if base+junkScore(w[m.start:m.end]) < learnScore {
				continue
			}
			n := len(p.cuts)
			switch {
			case lead && tail:
				p.whole, p.rule, p.conf, p.cuts = true, "learned", confLearned, nil
				changed = true
			case lead:
				p.cuts = insertCut(p.cuts, cut{start: lo, end: lo + skipSpace(w, m.end), rule: "learned", conf: confLearned})
			case tail:
				p.cuts = insertCut(p.cuts, cut{start: lo + trimRightSpace(w, m.start), end: hi, rule: "learned", conf: confLearned})
			default:
				p.cuts = insertCut(p.cuts, cut{start: lo + m.start, end: lo + skipSpace(w, m.end), rule: "learned", conf: confLearned})
			}
			if p.whole {
				break
			}
			changed = changed || len(p.cuts) > n
		}
		sortCuts(p.cuts)
	}
	return changed
}

// readsReported reports whether a learned segment reads as attributed
// prose (a reporting verb, no call to action): an outlet that glued a promo
// into a shared paragraph repeats the paragraph too, but the paragraph is
// content; the learned word windows still find the promo inside it.
func readsReported(s string) bool { return hasReporting(s) && !isCallToAction(s) }

// clipRuns keeps the learned word windows cands[from:] that lie inside
// one unit and drops those that straddle a sentence boundary: a window
// repeated across documents can start in the last words of a sentence
// ("... said.Get the briefing") that differ only in what came before, and
// the units on either side are matched on their own (as segments, or by
// the windows inside them). A window inside a unit (a phrase pasted
// mid-sentence) starts at the call to action's capitalised verb when one
// follows a lower-case word within it ("and several Download the app
// ..."): the words before it were only repeated because the same pasted
// paragraph was.
func clipRuns(w string, cands []span, from int, units []span) []span {
	out := cands[:from]
	for _, c := range cands[from:] {
		inside := false
		for _, u := range units {
			if u.start <= c.start && c.end <= u.end {
				inside = true
				break
			}
		}
		if !inside {
			continue
		}
		c.start = pastedStart(w, c)
		if c.end > c.start {
			out = append(out, c)
		}
	}
	return out
}

// ctaVerbRe matches the imperative verbs calls to action open with.
var ctaVerbRe = regexp.MustCompile(`^(?:Sign|Subscribe|Register|Join|Get|Receive|Enter|Download|Install|Read|Watch|Listen|Click|Tap|Follow|Visit|Try|Start|Log)\b`)

// pastedStart returns where a call to action pasted into the sentence
// around c starts: the first of c's first runWords words that is a
// capitalised imperative right after a lower-case word (no punctuation
// between). It returns c.start when c starts a sentence or has none.
func pastedStart(w string, c span) int {
	if q := trimRightSpace(w, c.start); q == 0 || strings.ContainsRune(".!?\"”", rune(w[q-1])) {
		return c.start
	}
	i, n := c.start, 0
	for i < c.end && n < runWords {
		j := skipSpace(w, i)
		if j > i && j < c.end && 'A' <= w[j] && w[j] <= 'Z' && 'a' <= w[i-1] && w[i-1] <= 'z' && ctaVerbRe.MatchString(w[j:c.end]) {
			return j
		}
		k := strings.IndexByte(w[j:c.end], ' ')
		if k < 0 {
			break
		}
		i, n = j+k, n+1
	}
	return c.start
}

// mergeSpans sorts the learned spans of w, joins those that overlap or
// are separated by white space only, and lets each take along the short
// units it touches.
func mergeSpans(w string, cands, short []span) []span {
	slices.SortFunc(cands, func(a, b span) int { return a.start - b.start })
	touch := func(a, b span) bool { // a before b, nothing but space between
		return a.end >= b.start || skipSpace(w, a.end) >= b.start
	}
	var out []span
	for _, c := range cands {
		if n := len(out); n > 0 && touch(out[n-1], c) {
			out[n-1].end = max(out[n-1].end, c.end)
			continue
		}
		out = append(out, c)
	}
	// Short units join a run they touch, on either side, transitively.
	// They are in line order: walk outwards from each run.
	for k := range out {
		m := &out[k]
		i := sort.Search(len(short), func(i int) bool { return short[i].start >= m.start })
		for i--; i >= 0 && touch(short[i], *m); i-- {
			m.start = min(m.start, short[i].start)
		}
		i = sort.Search(len(short), func(i int) bool { return short[i].end > m.end })
		for ; i < len(short) && short[i].start >= m.start && touch(*m, short[i]); i++ {
			m.end = max(m.end, short[i].end)
		}
	}
	// Runs grown into each other merge.
	merged := out[:0]
	for _, m := range out {
		if n := len(merged); n > 0 && touch(merged[n-1], m) {
			merged[n-1].end = max(merged[n-1].end, m.end)
			continue
		}
		merged = append(merged, m)
	}
	return merged
}

// edgeSpan is how many of a document's n lines count as its edges at
// each end for learning: edgeLines, but no more than a quarter of a short
// document (at least one), so that the middle of a short article is not
// all edge.
func edgeSpan(n int) int { return max(1, min(edgeLines, n/4)) }

// contentEdges marks the lines among the first and last edgeSpan
// non-blank lines not already removed.
func (cl *cleaner) contentEdges() []bool {
	edge := make([]bool, len(cl.lines))
	var idx []int
	for i := range cl.lines {
		if !cl.plans[i].whole && !isBlank(cl.lineText(i)) {
			idx = append(idx, i)
		}
	}
	e := edgeSpan(len(idx))
	for k, i := range idx {
		if k < e || k >= len(idx)-e {
			edge[i] = true
		}
	}
	return edge
}
