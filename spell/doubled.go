package spell

import (
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// legitimateDouble reports words that English repeats on purpose ("he had
// had enough", "that that is", "bye bye").
func legitimateDouble(w string) bool {
	switch w {
	case "had", "that", "is", "do", "did", "bye", "very", "no", "so", "many", "really",
		"ha", "far", "long", "night", "knock", "there", "now", "yeah", "blah", "tut",
		"chop", "boo", "hush", "win", "well", "la", "go", "ho", "hip", "yes", "never",
		"again", "more", "over", "round", "on", "and", "tom", "can", "ping", "pooh":
		return true
	}
	return false
}

// doubled removes a word repeated straight after itself, across spaces or a
// line break ("to to" → "to"). Only the repeat is removed, with the space
// before it.
func (c *Corrector) doubled(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	prev := -1
	for i, t := range toks {
		if st[i] == statusProtected || t.skip || !t.adjacent || t.hyphen || prev < 0 || prev != i-1 {
			prev = i
			continue
		}
		p := toks[prev]
		a, b := text[p.start:p.end], text[t.start:t.end]
		// The repeat must be in lower case (or both in capitals); two
		// capitalised words may be a name ("Duran Duran").
		same := (t.cls == caseLower && strings.EqualFold(a, b) && p.cls != caseUpper) ||
			(t.cls == caseUpper && p.cls == caseUpper && a == b)
		if !same || st[prev] == statusProtected || legitimateDouble(strings.ToLower(b)) {
			prev = i
			continue
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: "doubled",
			Start: p.end, End: t.end, Before: text[p.end:t.end], After: "",
			Confidence: 0.95,
		})
		prev = i // "to to to" loses both repeats
	}
	return edits
}
