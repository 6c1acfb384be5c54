package spellbench

import (
	"strings"
	"testing"

	"github.com/copyedit/copyedit/edit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// damaged builds a Damaged text from clean by replacing, left to right, the
// first occurrence of each damage's Original after the previous one.
func damaged(t *testing.T, clean string, ds ...Damage) *Damaged {
	t.Helper()
	d := &Damaged{Clean: clean}
	var b strings.Builder
	at := 0
	for _, dm := range ds {
		i := strings.Index(clean[at:], dm.Original)
		require.GreaterOrEqual(t, i, 0, "%q not in the clean text", dm.Original)
		dm.Start, dm.End = at+i, at+i+len(dm.Original)
		b.WriteString(clean[at:dm.Start])
		dm.DStart = b.Len()
		b.WriteString(dm.Damaged)
		dm.DEnd = b.Len()
		at = dm.End
		d.Damages = append(d.Damages, dm)
	}
	b.WriteString(clean[at:])
	d.Text = b.String()
	return d
}

// change returns an edit of the first occurrence of before in text at or
// after the byte offset from.
func change(t *testing.T, text string, from int, before, after string, suspect bool) edit.Edit {
	t.Helper()
	i := strings.Index(text[from:], before)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", before, text)
	e := edit.Edit{Start: from + i, End: from + i + len(before), Before: before, After: after, Suspect: suspect}
	if suspect {
		if after != "" {
			e.Candidates = []string{after, "horse"}
		}
		e.After = before
	}
	return e
}

func TestEvaluate(t *testing.T) {
	const clean = "we went from the shop to the house in the rain, and then home"
	nonword := Damage{Kind: Transpose, Original: "house", Damaged: "huose"}
	realword := Damage{Kind: Swap, Original: "from", Damaged: "form", Real: true}
	runon := Damage{Kind: RunOn, Original: "in the", Damaged: "inthe"}
	split := Damage{Kind: Split, Original: "house", Damaged: "hou se"}
	type ed struct {
		before, after string
		suspect       bool
	}
	for _, tc := range []struct {
		name        string
		damage      []Damage
		edits       []ed
		want        []Outcome
		broken      int
		falseAlarms int
		right       int // flagged with the right first candidate
	}{
		{"fixed", []Damage{nonword}, []ed{{"huose", "house", false}}, []Outcome{Fixed}, 0, 0, 0},
		{"flagged", []Damage{nonword}, []ed{{"huose", "", true}}, []Outcome{Flagged}, 0, 0, 0},
		{"flagged, right first candidate", []Damage{nonword}, []ed{{"huose", "house", true}}, []Outcome{Flagged}, 0, 0, 1},
		{"wrong", []Damage{nonword}, []ed{{"huose", "horse", false}}, []Outcome{Wrong}, 0, 0, 0},
		{"untouched", []Damage{nonword}, nil, []Outcome{Untouched}, 0, 0, 0},
		{"a no-op edit is no suspect", []Damage{nonword}, []ed{{"huose", "huose", false}, {"rain", "rain", false}}, []Outcome{Untouched}, 0, 0, 0},
		{"broken and false alarm", []Damage{nonword}, []ed{{"shop", "ship", false}, {"rain", "", true}}, []Outcome{Untouched}, 1, 1, 0},
		{"a change over two correct words", []Damage{nonword}, []ed{{"and then", "then", false}}, []Outcome{Untouched}, 2, 0, 0},
		{"an insertion breaks one word", []Damage{nonword}, []ed{{"", "x", false}}, []Outcome{Untouched}, 1, 0, 0},
		{"a fix reaching into a neighbour", []Damage{nonword}, []ed{{"the huose", "the house", false}}, []Outcome{Fixed}, 0, 0, 0},
		{"a fix that also breaks a neighbour", []Damage{nonword}, []ed{{"the huose", "a house", false}}, []Outcome{Wrong}, 0, 0, 0},
		{"real word fixed", []Damage{realword}, []ed{{"form", "from", false}}, []Outcome{Fixed}, 0, 0, 0},
		{"real word left", []Damage{realword}, nil, []Outcome{Untouched}, 0, 0, 0},
		{"run-on split", []Damage{runon}, []ed{{"inthe", "in the", false}}, []Outcome{Fixed}, 0, 0, 0},
		{"run-on split wrongly", []Damage{runon}, []ed{{"inthe", "int he", false}}, []Outcome{Wrong}, 0, 0, 0},
		{"run-on corrected as one word", []Damage{runon}, []ed{{"inthe", "tithe", false}}, []Outcome{Wrong}, 0, 0, 0},
		{"split joined", []Damage{split}, []ed{{"hou se", "house", false}}, []Outcome{Fixed}, 0, 0, 0},
		{"split joined by two edits", []Damage{split}, []ed{{"hou", "house", false}, {" se", "", false}}, []Outcome{Fixed}, 0, 0, 0},
		{"split half fixed", []Damage{split}, []ed{{"hou", "house", false}}, []Outcome{Wrong}, 0, 0, 0},
		{"split flagged", []Damage{split}, []ed{{"se", "", true}}, []Outcome{Flagged}, 0, 0, 0},
		{"two damages, one fixed", []Damage{realword, nonword}, []ed{{"huose", "house", false}}, []Outcome{Untouched, Fixed}, 0, 0, 0},
		{"one change over two damages", []Damage{realword, nonword}, []ed{{"form the shop to the huose", "from the shop to the house", false}}, []Outcome{Fixed, Fixed}, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := damaged(t, clean, tc.damage...)
			var edits []edit.Edit
			for _, e := range tc.edits {
				if e.before == "" {
					edits = append(edits, edit.Edit{Start: 3, End: 3, After: e.after})
					continue
				}
				edits = append(edits, change(t, d.Text, 0, e.before, e.after, e.suspect))
			}
			rep, err := Evaluate(d, edits)
			require.NoError(t, err)
			s, got := rep.Score, rep.Outcomes
			assert.Len(t, rep.Breaks, min(tc.broken, 1))
			assert.Len(t, rep.Alarms, tc.falseAlarms)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.broken, s.Broken, "broken")
			assert.Equal(t, tc.falseAlarms, s.FalseAlarms, "false alarms")
			assert.Equal(t, 14, s.Words)
			damagedWords := 0
			for _, dm := range tc.damage {
				damagedWords += len(strings.Fields(dm.Original))
			}
			assert.Equal(t, 14-damagedWords, s.Correct)
			assert.Equal(t, len(tc.damage), s.All.Damaged)
			assert.Equal(t, tc.right, s.All.FlaggedRight, "flagged with the right first candidate")
			for i, o := range got {
				dm := d.Damages[i]
				assert.Equal(t, 1, count(s.Classes[dm.Class()], o), "class tally")
				assert.Equal(t, 1, count(s.Kinds[dm.Kind], o), "kind tally")
			}
		})
	}
}

func count(t Tally, o Outcome) int {
	return [NumOutcomes]int{Untouched: t.Untouched, Fixed: t.Fixed, Flagged: t.Flagged, Wrong: t.Wrong}[o]
}

func TestEvaluateErrors(t *testing.T) {
	d := damaged(t, "the cat sat", Damage{Kind: Drop, Original: "cat", Damaged: "ct"})
	_, err := Evaluate(d, []edit.Edit{{Start: 0, End: 3, Before: "tha", After: "the"}})
	assert.Error(t, err, "Before does not match")
	_, err = Evaluate(d, []edit.Edit{{Start: 5, End: 99, Before: "x"}})
	assert.Error(t, err, "out of range")
	_, err = Evaluate(d, []edit.Edit{
		{Start: 0, End: 6, Before: "the ct", After: "the cat"},
		{Start: 4, End: 6, Before: "ct", After: "cat"},
	})
	assert.Error(t, err, "overlapping changes")

	bad := *d
	bad.Damages = []Damage{{DStart: 4, DEnd: 99, Damaged: "ct"}}
	_, err = Evaluate(&bad, nil)
	assert.Error(t, err, "damage out of range")
	bad.Damages = []Damage{{DStart: 0, DEnd: 3, Damaged: "ct"}}
	_, err = Evaluate(&bad, nil)
	assert.Error(t, err, "damage not in the text")
}

func TestScoreAdd(t *testing.T) {
	a := Score{Words: 10, Correct: 9, Broken: 1, All: Tally{Damaged: 1, Fixed: 1}}
	a.Classes[NonWord] = a.All
	a.Kinds[Drop] = a.All
	var s Score
	s.Add(a)
	s.Add(a)
	assert.Equal(t, 20, s.Words)
	assert.Equal(t, 2, s.Classes[NonWord].Fixed)
	assert.Equal(t, 2, s.Kinds[Drop].Damaged)
	assert.InDelta(t, 1.0/9, s.BrokenShare(), 1e-12)
	assert.InDelta(t, 1.0, s.All.Share(s.All.Fixed), 1e-12)
	assert.Zero(t, Tally{}.Share(0))
}

// TestInjectThenEvaluate closes the loop: undoing every damage fixes all
// of it and breaks nothing; no edits leave all of it untouched.
func TestInjectThenEvaluate(t *testing.T) {
	d := NewInjector(sampleLex(), InjectOptions{Seed: 5, Rate: 0.2}).Inject(sample)
	require.NotEmpty(t, d.Damages)
	var undo []edit.Edit
	for _, dm := range d.Damages {
		undo = append(undo, edit.Edit{Start: dm.DStart, End: dm.DEnd, Before: dm.Damaged, After: dm.Original})
	}
	rep, err := Evaluate(d, undo)
	require.NoError(t, err)
	assert.Equal(t, rep.Score.All.Damaged, rep.Score.All.Fixed)
	assert.Zero(t, rep.Score.Broken)
	for i, dm := range d.Damages {
		assert.Equal(t, dm.Original, rep.Got[i])
	}

	rep, err = Evaluate(d, nil)
	require.NoError(t, err)
	assert.Equal(t, rep.Score.All.Damaged, rep.Score.All.Untouched)
	assert.Equal(t, CountWords(sample), rep.Score.Words)
}
