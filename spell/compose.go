package spell

import (
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// maxPasses bounds the passes Correct makes. A correction can change the
// context of a neighbour ("tc coac": once "coac" is "coach", "tc" has two
// neighbours and becomes "to"), so Correct runs again on its own output
// until nothing changes, which makes it idempotent.
const maxPasses = 3

// compose returns the edits, in terms of the original text in, that turn in
// into o2, given e1 (edits on in that made o1, sorted, not overlapping) and
// e2 (edits on o1 that made o2). An edit of e2 that overlaps or touches an
// edit of e1 merges with it.
func compose(in, o1, o2 string, e1, e2 []edit.Edit) []edit.Edit {
	type span struct{ start, end int }
	out1 := make([]span, len(e1)) // where each edit of e1 lands in o1
	delta := 0
	for i, e := range e1 {
		s := e.Start + delta
		out1[i] = span{s, s + len(e.After)}
		delta += len(e.After) - e.Len()
	}
	// toIn maps an offset of o1 outside every edit of e1 back to in.
	toIn := func(p int) int {
		d := 0
		for i, e := range e1 {
			if out1[i].start >= p {
				break
			}
			d += len(e.After) - e.Len()
		}
		return p - d
	}
	var out []edit.Edit
	used := make([]bool, len(e1))
	for _, e := range e2 {
		a, b := e.Start, e.End
		inA, inB := -1, -1
		for i := range e1 {
			if out1[i].start <= b && a <= out1[i].end {
				used[i] = true
				if out1[i].start <= a {
					a, inA = out1[i].start, e1[i].Start
				}
				if out1[i].end >= b {
					b, inB = out1[i].end, e1[i].End
				}
			}
		}
		if e.Suspect && (inA >= 0 || inB >= 0) {
			continue // a suspect inside a change: the change stands
		}
		if inA < 0 {
			inA = toIn(a)
		}
		if inB < 0 {
			inB = toIn(b)
		}
		after := o1[a:e.Start] + e.After + o1[e.End:b]
		if e.Suspect {
			after = in[inA:inB]
		}
		e.Start, e.End, e.Before, e.After = inA, inB, in[inA:inB], after
		out = append(out, e)
	}
	for i, e := range e1 {
		if !used[i] {
			out = append(out, e)
		}
	}
	got, out := apply(in, out)
	if got != o2 {
		// Edits of e2 overlapped each other through e1: report the whole
		// changed stretch as one edit.
		p := commonPrefix(in, o2)
		s := commonPrefix(reverse(in[p:]), reverse(o2[p:]))
		out = []edit.Edit{{
			Stage: Stage, Rule: "nonword", Start: p, End: len(in) - s,
			Before: in[p : len(in)-s], After: o2[p : len(o2)-s], Confidence: e2[0].Confidence,
		}}
	}
	return out
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func reverse(s string) string {
	var b strings.Builder
	for i := len(s) - 1; i >= 0; i-- {
		b.WriteByte(s[i])
	}
	return b.String()
}
