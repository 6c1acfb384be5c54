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

// slipDouble reports the closed-class words (articles, prepositions,
// conjunctions, pronouns, auxiliaries) whose repetition is a slip. A
// repeated content word may be meant ("whoever wins wins", "what it does
// does matter"), so only these are removed; other repeats are reported.
func slipDouble(w string) bool {
	switch w {
	case "a", "an", "the", "to", "of", "in", "at", "for", "with", "by", "from", "into",
		"onto", "about", "as", "than", "or", "but", "nor", "if", "i", "you", "he",
		"she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
		"its", "our", "their", "this", "these", "those", "which", "who", "whom", "whose",
		"be", "been", "being", "am", "are", "was", "were", "has", "have", "will", "would",
		"shall", "should", "may", "might", "must", "could", "not", "said":
		return true
	}
	return false
}

// doubled removes a function word repeated straight after itself, across
// spaces or a line break ("to to" → "to"), and reports other repeated
// words. Only the repeat is removed: with the spaces before it on one line,
// or with the spaces after it across a line break, so lines are never
// joined.
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
		lw := strings.ToLower(b)
		if !same || st[prev] == statusProtected || legitimateDouble(lw) {
			prev = i
			continue
		}
		if !slipDouble(lw) {
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "doubled",
				Start: t.start, End: t.end, Before: b, After: b,
				Confidence: 0.5, Suspect: true,
				Candidates: []string{""},
			})
			prev = i
			continue
		}
		start, end := p.end, t.end
		if strings.ContainsAny(text[p.end:t.start], "\n\r") {
			start = t.start
			for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
				end++
			}
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: "doubled",
			Start: start, End: end, Before: text[start:end], After: "",
			Confidence: 0.95,
		})
		prev = i // "to to to" loses both repeats
	}
	return edits
}
