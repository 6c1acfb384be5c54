package boilerplate

import (
	"sort"
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// composeEdits returns the edits of input that make the text second
// produces from the text first produces, first being edits of input and
// second edits of its result. Edits of second that cover edits of first
// are cut around them, so each edit keeps its own rule. It reports false
// when the two cannot be composed (an edit of second ends inside a
// replacement of first) or the result does not reproduce want.
func composeEdits(input string, first, second []edit.Edit, want string) ([]edit.Edit, bool) {
	// Where each edit of first sits in its output.
	type placed struct {
		outStart, outEnd int // in the output of first
		deltaAfter       int // input offset minus output offset after it
	}
	ps := make([]placed, len(first))
	delta := 0
	for k, e := range first {
		if e.Suspect {
			return nil, false
		}
		ps[k].outStart = e.Start - delta
		ps[k].outEnd = ps[k].outStart + len(e.After)
		delta += (e.End - e.Start) - len(e.After)
		ps[k].deltaAfter = delta
	}
	// toInput maps an output offset of first to input; at an edit of
	// first with nothing left (a deletion), start positions map after it
	// and end positions before it, so that it stays an edit of its own.
	toInput := func(pos int, isEnd bool) (int, bool) {
		d := 0
		for k, p := range ps {
			if pos > p.outStart && pos < p.outEnd {
				return 0, false // inside a replacement
			}
			before := p.outEnd <= pos
			if isEnd && p.outStart == p.outEnd && p.outStart == pos {
				before = false
			}
			if !before {
				break
			}
			d = ps[k].deltaAfter
		}
		return pos + d, true
	}
	var out []edit.Edit
	covered := make([]bool, len(first))
	for _, e := range second {
		if e.Suspect || e.After != "" {
			return nil, false
		}
		a, ok1 := toInput(e.Start, false)
		b, ok2 := toInput(e.End, true)
		if !ok1 || !ok2 || b < a {
			return nil, false
		}
		// Cut around the edits of first inside [a, b).
		last := a
		for k, f := range first {
			if f.Start >= a && f.End <= b && f.Start < f.End {
				if f.Start > last {
					out = append(out, piece2(input, e, last, f.Start))
				}
				g := f
				g.After = "" // its replacement is gone with the rest
				out = append(out, g)
				covered[k] = true
				last = f.End
			}
		}
		if b > last {
			out = append(out, piece2(input, e, last, b))
		}
	}
	for k, f := range first {
		if !covered[k] {
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	// Check: ordered, disjoint, and reproducing want.
	var sb strings.Builder
	last := 0
	for _, e := range out {
		if e.Start < last || e.End < e.Start || e.End > len(input) || input[e.Start:e.End] != e.Before {
			return nil, false
		}
		sb.WriteString(input[last:e.Start])
		sb.WriteString(e.After)
		last = e.End
	}
	sb.WriteString(input[last:])
	if sb.String() != want {
		return nil, false
	}
	return out, true
}

// piece2 is the part [a, b) of input removed by e, an edit of the second
// pass.
func piece2(input string, e edit.Edit, a, b int) edit.Edit {
	return edit.Edit{Stage: e.Stage, Rule: e.Rule, Start: a, End: b, Before: input[a:b], Confidence: e.Confidence}
}
