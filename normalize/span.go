package normalize

import "strings"

// A span is one change a fixer makes: the bytes [start, end) of the fixer's
// input become after.
type span struct {
	start, end int
	after      string
	rule       string
	conf       float64
	ao, ae     int // after is out[ao:ae] of the rewriter's output
}

// A spanArena holds the span slices one Normalize call (or Transformer)
// reuses from segment to segment: fix for the spans of the fixer that ran
// last, dead once composed into the history, and two history slices that
// compose writes into in turn.
type spanArena struct {
	fix  []span
	hist [2][]span
	hi   int // hist[hi] holds the current history
}

// A rewriter builds a fixer's output from its input and the replacements
// the fixer asks for, in increasing order of position.
type rewriter struct {
	src     string
	b       strings.Builder
	last    int // src is copied to b up to here
	spans   []span
	started bool // b holds the output so far
}

// reset starts a rewrite of src whose spans go into buf's storage.
func (w *rewriter) reset(src string, buf []span) {
	w.src = src
	w.b.Reset()
	w.last = 0
	w.spans = buf[:0]
	w.started = false
}

// replace records that src[start:end] becomes after. Calls must not overlap
// and must come in order.
func (w *rewriter) replace(start, end int, after, rule string, conf float64) {
	if !w.started {
		w.started = true
		w.b.Grow(len(w.src) + 16)
	}
	w.b.WriteString(w.src[w.last:start])
	ao := w.b.Len()
	w.b.WriteString(after)
	w.last = end
	w.add(start, end, ao, rule, conf)
}

// replaceRunes is replace with the replacement given as runes.
func (w *rewriter) replaceRunes(start, end int, after []rune, rule string, conf float64) {
	if !w.started {
		w.started = true
		w.b.Grow(len(w.src) + 16)
	}
	w.b.WriteString(w.src[w.last:start])
	ao := w.b.Len()
	for _, r := range after {
		w.b.WriteRune(r)
	}
	w.last = end
	w.add(start, end, ao, rule, conf)
}

// add records the span src[start:end] → out[ao:] (to the output's end).
func (w *rewriter) add(start, end, ao int, rule string, conf float64) {
	ae := w.b.Len()
	// Merge with the previous span of the same rule when they touch, so that
	// a run of damage is one edit.
	if n := len(w.spans); n > 0 && w.spans[n-1].end == start && w.spans[n-1].rule == rule {
		w.spans[n-1].end = end
		w.spans[n-1].ae = ae
		if conf < w.spans[n-1].conf {
			w.spans[n-1].conf = conf
		}
		return
	}
	w.spans = append(w.spans, span{start: start, end: end, rule: rule, conf: conf, ao: ao, ae: ae})
}

// result returns the output and the spans; the output is src itself when
// nothing changed.
func (w *rewriter) result() (string, []span) {
	if !w.started {
		return w.src, nil
	}
	w.b.WriteString(w.src[w.last:])
	out := w.b.String()
	// The replacements are substrings of the output: no copies of their own.
	for i := range w.spans {
		w.spans[i].after = out[w.spans[i].ao:w.spans[i].ae]
	}
	return out, w.spans
}

// compose returns the spans that turn orig into the final text, given the
// spans first that turn orig into mid and the spans next that turn mid into
// the final text. A span of next that overlaps a span of first merges with
// it; the merged span keeps the earlier rule, whose damage it started from,
// and the lower confidence. The result is built in dst's storage, which must
// not overlap first or next.
func compose(mid string, first, next, dst []span) []span {
	if len(next) == 0 {
		return first
	}
	if len(first) == 0 {
		return append(dst[:0], next...)
	}
	type pos struct{ cs, ce, delta int } // delta: growth of mid up to ce
	// Most lines have few spans: keep their positions on the stack.
	var psBuf [8]pos
	ps := psBuf[:0]
	if len(first) > len(psBuf) {
		ps = make([]pos, 0, len(first))
	}
	ps = ps[:len(first)]
	d := 0
	for i, f := range first {
		s := f.start + d
		d += len(f.after) - (f.end - f.start)
		ps[i] = pos{s, s + len(f.after), d}
	}
	// toOrig maps a mid position outside every span of first to orig; at a
	// deletion, starts map after it and ends before it.
	toOrig := func(p int, isEnd bool) int {
		d := 0
		for i := range first {
			if ps[i].ce > p || (isEnd && ps[i].ce == p && ps[i].cs == p) {
				break
			}
			d = ps[i].delta
		}
		return p - d
	}
	out := dst[:0]
	fi := 0
	for ni := 0; ni < len(next); {
		n := next[ni]
		for fi < len(first) && ps[fi].ce <= n.start && !overlaps(ps[fi].cs, ps[fi].ce, n.start, n.end) {
			out = append(out, first[fi])
			fi++
		}
		gs, ge := n.start, n.end
		f0, nEnd := fi, ni
		for grew := true; grew; {
			grew = false
			for fi < len(first) && overlaps(ps[fi].cs, ps[fi].ce, gs, ge) {
				gs, ge = min(gs, ps[fi].cs), max(ge, ps[fi].ce)
				fi++
				grew = true
			}
			for nEnd+1 < len(next) && fi > f0 && overlaps(next[nEnd+1].start, next[nEnd+1].end, gs, ge) {
				nEnd++
				ge = max(ge, next[nEnd].end)
				grew = true
			}
		}
		if f0 == fi {
			o := toOrig(n.start, false)
			out = append(out, span{start: o, end: toOrig(n.end, true), after: n.after, rule: n.rule, conf: n.conf})
			ni++
			continue
		}
		rule, conf := first[f0].rule, 1.0
		for k := f0; k < fi; k++ {
			conf = min(conf, first[k].conf)
		}
		var after strings.Builder
		p := gs
		for k := ni; k <= nEnd; k++ {
			after.WriteString(mid[p:next[k].start])
			after.WriteString(next[k].after)
			p = next[k].end
			conf = min(conf, next[k].conf)
		}
		after.WriteString(mid[p:ge])
		out = append(out, span{start: toOrig(gs, false), end: toOrig(ge, true), after: after.String(), rule: rule, conf: conf})
		ni = nEnd + 1
	}
	out = append(out, first[fi:]...)
	return out
}

func overlaps(a0, a1, b0, b1 int) bool {
	if a0 == a1 { // an empty span overlaps what strictly contains it
		return b0 < a0 && a0 < b1
	}
	if b0 == b1 {
		return a0 < b0 && b0 < a1
	}
	return a0 < b1 && b0 < a1
}
