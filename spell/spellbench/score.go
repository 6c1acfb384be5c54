package spellbench

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/copyedit/copyedit/edit"
)

// An Outcome is what a corrector did about one damaged place.
type Outcome uint8

// The outcomes, as JamSpell's evaluation counts them, with "flagged" added
// for a corrector that may report a word instead of changing it.
const (
	Untouched   Outcome = iota // left as damaged, not reported
	Fixed                      // restored exactly to the clean text
	Flagged                    // left as damaged but reported as a suspect
	Wrong                      // changed, but not into the clean text
	NumOutcomes = 4            // the number of outcomes
)

var outcomeNames = [NumOutcomes]string{"untouched", "fixed", "flagged", "wrong"}

// String returns the outcome's name: "untouched", "fixed", "flagged" or
// "wrong".
func (o Outcome) String() string {
	if o < NumOutcomes {
		return outcomeNames[o]
	}
	return "outcome?"
}

// A Tally counts the outcomes of a number of damaged places.
type Tally struct {
	Damaged                          int // damaged places
	Fixed, Flagged, Wrong, Untouched int // by outcome; they sum to Damaged
	// FlaggedRight counts the Flagged places whose suspect covers exactly
	// the damage and names the clean text as its first candidate: fixes a
	// lower confidence threshold would have made.
	FlaggedRight int
}

func (t *Tally) add(o Outcome) {
	t.Damaged++
	switch o {
	case Fixed:
		t.Fixed++
	case Flagged:
		t.Flagged++
	case Wrong:
		t.Wrong++
	default:
		t.Untouched++
	}
}

func (t *Tally) merge(o Tally) {
	t.Damaged += o.Damaged
	t.Fixed += o.Fixed
	t.Flagged += o.Flagged
	t.Wrong += o.Wrong
	t.Untouched += o.Untouched
	t.FlaggedRight += o.FlaggedRight
}

// Share returns n as a share of the damaged places, 0 if there are none.
func (t Tally) Share(n int) float64 {
	if t.Damaged == 0 {
		return 0
	}
	return float64(n) / float64(t.Damaged)
}

// A Score is a corrector's result on one or more damaged texts.
type Score struct {
	// Words counts the words (white-space-delimited chunks holding a
	// letter) of the clean texts; Correct counts those the injector left
	// alone.
	Words, Correct int
	// Broken counts the correct words the corrector changed; FalseAlarms
	// the correct words it reported as suspects.
	Broken, FalseAlarms int
	// All tallies every damaged place; Classes and Kinds split it up, and
	// NearCapital tallies the places next to a capitalised word.
	All         Tally
	Classes     [NumClasses]Tally
	Kinds       [NumKinds]Tally
	NearCapital Tally
}

// Add adds o's counts to s.
func (s *Score) Add(o Score) {
	s.Words += o.Words
	s.Correct += o.Correct
	s.Broken += o.Broken
	s.FalseAlarms += o.FalseAlarms
	s.All.merge(o.All)
	for i := range s.Classes {
		s.Classes[i].merge(o.Classes[i])
	}
	for i := range s.Kinds {
		s.Kinds[i].merge(o.Kinds[i])
	}
	s.NearCapital.merge(o.NearCapital)
}

// BrokenShare returns the share of correct words the corrector changed.
func (s Score) BrokenShare() float64 {
	if s.Correct == 0 {
		return 0
	}
	return float64(s.Broken) / float64(s.Correct)
}

// A Report is the result of Evaluate.
type Report struct {
	Score Score
	// Outcomes holds the outcome of each damage, in the order of
	// Damaged.Damages; Got holds the corrected text over the span each was
	// judged on (the damage, widened over the changes that overlap it).
	Outcomes []Outcome
	Got      []string
	// Breaks lists the changes that broke correct words, Alarms the
	// suspects reported on correct words.
	Breaks, Alarms []edit.Edit
}

// Evaluate scores a corrector's edits of d.Text (offsets into d.Text,
// Before == d.Text[Start:End], as spell.Corrector.Correct returns them)
// against the clean text. It returns an error if an edit does not match
// d.Text, if two changes overlap, or if d's damage list does not match
// d.Text (a Damaged from Inject always does).
//
// Each damaged place is compared with the clean text over its span,
// widened to cover every change that overlaps it (so a run-on split, a
// split word joined, or a correction reaching into a neighbour are judged
// whole): exactly the clean text is Fixed, anything else changed is Wrong;
// unchanged, it is Flagged when a suspect overlaps the damage and
// Untouched otherwise. A change that overlaps no damage breaks every word
// it overlaps (one at least, for an insertion); a suspect that overlaps no
// damage is a false alarm on each word it overlaps. An edit that is not a
// suspect and whose After equals Before changes nothing and is ignored.
func Evaluate(d *Damaged, edits []edit.Edit) (*Report, error) {
	end := 0
	for _, dm := range d.Damages {
		if dm.DStart < end || dm.DStart > dm.DEnd || dm.DEnd > len(d.Text) || d.Text[dm.DStart:dm.DEnd] != dm.Damaged {
			return nil, fmt.Errorf("spellbench: damage %d:%d %q does not match the damaged text", dm.DStart, dm.DEnd, dm.Damaged)
		}
		end = dm.DEnd
	}
	var changes, suspects []edit.Edit
	for _, e := range edits {
		if e.Start < 0 || e.Start > e.End || e.End > len(d.Text) || d.Text[e.Start:e.End] != e.Before {
			return nil, fmt.Errorf("spellbench: edit %d:%d %q does not match the damaged text", e.Start, e.End, e.Before)
		}
		switch {
		case e.Suspect:
			suspects = append(suspects, e)
		case e.After != e.Before:
			changes = append(changes, e)
		}
	}
	byStart := func(a, b edit.Edit) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) }
	slices.SortStableFunc(changes, byStart)
	slices.SortStableFunc(suspects, byStart)
	for i := 1; i < len(changes); i++ {
		if changes[i].Start < changes[i-1].End || (changes[i].Start == changes[i-1].Start && changes[i].Start == changes[i].End) {
			return nil, fmt.Errorf("spellbench: edits %d:%d and %d:%d overlap", changes[i-1].Start, changes[i-1].End, changes[i].Start, changes[i].End)
		}
	}

	// Regions: each damage widened over the changes that overlap it;
	// regions that then overlap are judged together.
	type region struct {
		a, b     int
		dmg      []int // indexes into d.Damages
		from, to int   // changes[from:to] lie in the region
	}
	var regs []region
	for k, dm := range d.Damages {
		r := region{a: dm.DStart, b: dm.DEnd, dmg: []int{k}}
		r.from = sort.Search(len(changes), func(i int) bool {
			return changes[i].End > r.a || (changes[i].End == r.a && changes[i].Start == r.a)
		})
		r.to = r.from
		for r.to < len(changes) && overlaps(changes[r.to], dm.DStart, dm.DEnd) {
			r.a = min(r.a, changes[r.to].Start)
			r.b = max(r.b, changes[r.to].End)
			r.to++
		}
		if n := len(regs); n > 0 && (r.a < regs[n-1].b || r.from < regs[n-1].to) {
			p := &regs[n-1]
			p.a, p.b = min(p.a, r.a), max(p.b, r.b)
			p.dmg = append(p.dmg, k)
			p.to = max(p.to, r.to)
			continue
		}
		regs = append(regs, r)
	}

	rep := &Report{Outcomes: make([]Outcome, len(d.Damages)), Got: make([]string, len(d.Damages))}
	s := &rep.Score
	used := make([]bool, len(changes))
	for _, r := range regs {
		var got, want strings.Builder
		at := r.a
		for i := r.from; i < r.to; i++ {
			e := changes[i]
			got.WriteString(d.Text[at:e.Start])
			got.WriteString(e.After)
			at = e.End
			used[i] = true
		}
		got.WriteString(d.Text[at:r.b])
		at = r.a
		for _, k := range r.dmg {
			dm := d.Damages[k]
			want.WriteString(d.Text[at:dm.DStart])
			want.WriteString(dm.Original)
			at = dm.DEnd
		}
		want.WriteString(d.Text[at:r.b])
		for _, k := range r.dmg {
			dm := d.Damages[k]
			o := Untouched
			switch {
			case got.String() == want.String():
				o = Fixed
			case got.String() != d.Text[r.a:r.b]:
				o = Wrong
			case slices.ContainsFunc(suspects, func(e edit.Edit) bool { return overlaps(e, dm.DStart, dm.DEnd) }):
				o = Flagged
			}
			rep.Outcomes[k] = o
			rep.Got[k] = got.String()
			right := o == Flagged && slices.ContainsFunc(suspects, func(e edit.Edit) bool {
				return e.Start == dm.DStart && e.End == dm.DEnd && len(e.Candidates) > 0 && e.Candidates[0] == dm.Original
			})
			ts := []*Tally{&s.All, &s.Classes[dm.Class()], &s.Kinds[dm.Kind]}
			if dm.NearCapital {
				ts = append(ts, &s.NearCapital)
			}
			for _, t := range ts {
				t.add(o)
				if right {
					t.FlaggedRight++
				}
			}
		}
	}

	words := chunks(d.Text)
	for i, e := range changes {
		if !used[i] {
			s.Broken += max(1, wordsIn(words, e))
			rep.Breaks = append(rep.Breaks, e)
		}
	}
	for _, e := range suspects {
		if !slices.ContainsFunc(d.Damages, func(dm Damage) bool { return overlaps(e, dm.DStart, dm.DEnd) }) {
			s.FalseAlarms += max(1, wordsIn(words, e))
			rep.Alarms = append(rep.Alarms, e)
		}
	}
	s.Words = CountWords(d.Clean)
	s.Correct = s.Words
	for _, dm := range d.Damages {
		s.Correct -= CountWords(dm.Original)
	}
	return rep, nil
}

// overlaps reports whether e touches text[a:b]: shares a byte with it, or
// inserts inside it or at its edges.
func overlaps(e edit.Edit, a, b int) bool {
	if e.Start == e.End {
		return e.Start >= a && e.Start <= b
	}
	return e.Start < b && e.End > a
}

// wordsIn counts the chunks of ws that e overlaps.
func wordsIn(ws []chunk, e edit.Edit) int {
	n := 0
	for _, c := range ws[sort.Search(len(ws), func(i int) bool { return ws[i].end > e.Start }):] {
		if c.start >= e.End {
			break
		}
		n++
	}
	return n
}

// CountWords counts the words of s as a Score does: white-space-delimited
// chunks holding a letter.
func CountWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}
