package spell

import (
	"cmp"
	"slices"
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// maxPasses bounds the passes Correct makes. A correction can change the
// context of a neighbour ("tc coac": once "coac" is "coach", "tc" has two
// neighbours and becomes "to"), so Correct runs again on its own output
// until nothing changes, which makes it idempotent.
const maxPasses = 3

// compose returns the edits, in terms of the original text in, that turn in
// into the text e2 makes of o1, given e1 (edits on in that made o1, sorted,
// not overlapping) and e2 (edits on o1, sorted, not overlapping). Edits that
// overlap or touch across the two passes merge into one.
func compose(in, o1 string, e1, e2 []edit.Edit) []edit.Edit {
	// Every edit as a span of o1: e1 where its replacement landed, e2 where
	// it applies.
	type item struct {
		start, end int
		first      bool // from e1
		e          edit.Edit
	}
	items := make([]item, 0, len(e1)+len(e2))
	delta := 0
	for _, e := range e1 {
		s := e.Start + delta
		items = append(items, item{s, s + len(e.After), true, e})
		delta += len(e.After) - e.Len()
	}
	for _, e := range e2 {
		items = append(items, item{e.Start, e.End, false, e})
	}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.start, b.start) })
	// toIn maps an offset of o1 outside every edit of e1 back to in.
	toIn := func(p int) int {
		d := 0
		for _, it := range items {
			if it.first && it.end <= p {
				d += len(it.e.After) - it.e.Len()
			}
		}
		return p - d
	}
	var out []edit.Edit
	for i := 0; i < len(items); {
		// A cluster: items that overlap or touch.
		j, end := i+1, items[i].end
		for j < len(items) && items[j].start <= end {
			end = max(end, items[j].end)
			j++
		}
		cl := items[i:j]
		i = j
		changed, firsts := false, 0
		for _, it := range cl {
			if it.first {
				firsts++
			} else if !it.e.Suspect {
				changed = true
			}
		}
		switch {
		case !changed && firsts > 0:
			for _, it := range cl { // suspects of pass 2 inside a change drop
				if it.first {
					out = append(out, it.e)
				}
			}
			continue
		case !changed:
			for _, it := range cl {
				e := it.e
				e.Start, e.End = toIn(it.start), toIn(it.end)
				e.Before, e.After = in[e.Start:e.End], in[e.Start:e.End]
				out = append(out, e)
			}
			continue
		}
		a, b := cl[0].start, end
		inA, inB := toIn(a), toIn(b)
		merged := edit.Edit{Stage: Stage, Confidence: 1}
		var after strings.Builder
		pos := a
		for _, it := range cl {
			if it.first {
				if it.start == a {
					inA = min(inA, it.e.Start)
				}
				if it.end == b {
					inB = max(inB, it.e.End)
				}
			} else if !it.e.Suspect {
				after.WriteString(o1[pos:it.start])
				after.WriteString(it.e.After)
				pos = it.end
			}
			if !it.e.Suspect {
				if merged.Rule == "" {
					merged.Rule = it.e.Rule
				}
				merged.Confidence = min(merged.Confidence, it.e.Confidence)
			}
		}
		after.WriteString(o1[pos:b])
		merged.Start, merged.End = inA, inB
		merged.Before, merged.After = in[inA:inB], after.String()
		out = append(out, merged)
	}
	return out
}
