package boilerplate

import (
	"regexp"
	"strings"
)

// Junk rules that key on words news prose also uses (newsletter, register,
// subscribe, donate) tell a call to action from a report about one by how
// the sentence reads: a call to action speaks to the reader (an imperative
// opening or "you"/"your") and never carries a reporting clause, while
// prose about a newsletter or an appeal is in the third person or is
// attributed ("..., the vicar told his congregation").

// reportingRe matches a reporting verb or attribution, in lower case.
var reportingRe = regexp.MustCompile(`\b(?:said|says|say|told|tells|according to|announced|added|reported|confirmed|warned|explained|claimed|argued|insisted|stated|wrote)\b`)

// reportingStems are literals one of which every reportingRe match holds.
var reportingStems = []string{"sa", "tol", "tell", "according", "announc", "added", "report", "confirm", "warn", "explain", "claim", "argu", "insist", "state", "wrote"}

// addressRe matches a sentence that speaks to the reader: it opens with an
// imperative of the kind calls to action use, or says "you"/"your", or the
// outlet speaks of itself ("we", "our"; in quoted speech a reporting verb
// vetoes it).
var addressRe = regexp.MustCompile(`^[\W\d]*(?:sign|subscribe|register|join|get|receive|enter|want|log|login|create|start|try|don't|don’t|never|stay|click|tap|already|thank|thanks|love|like|follow|plus|free|newsletters?|e-?mail|sign-?up|please|go|visit|check|see|read|download|install|sorry|no spam)\b|\b(?:you|your|you're|you’re|you'll|you’ll|we|we're|we’re|we'll|we’ll|we've|we’ve|our|us)\b`)

// hasReporting reports whether s (any case) carries a reporting clause.
func hasReporting(s string) bool {
	s = asciiLower(s)
	return containsAny(s, reportingStems) && reportingRe.MatchString(s)
}

// isCallToAction reports whether the sentence s reads as a call to action
// addressed to the reader rather than as reported prose.
func isCallToAction(s string) bool {
	l := asciiLower(s)
	if containsAny(l, reportingStems) && reportingRe.MatchString(l) {
		return false
	}
	return addressRe.MatchString(l)
}

// ctaCut decides how much of the trimmed line w a prose-sensitive line
// rule removes. When every sentence of w reads as a call to action, the
// whole line goes (whole is true). Otherwise only a run of call-to-action
// sentences matching re at the start (lead) or end (tail) of w goes:
// [a, b) is that span, or a == b when nothing does.
func ctaCut(re *regexp.Regexp, w string, maxLen int) (a, b int, whole bool) {
	units := splitUnits(w, nil)
	if len(units) == 0 {
		return 0, 0, false
	}
	cta := func(u span) bool { return isCallToAction(w[u.start:u.end]) }
	if len(w) <= maxLen && re.MatchString(w) {
		all := true
		for _, u := range units {
			if !cta(u) {
				all = false
				break
			}
		}
		if all {
			return 0, len(w), true
		}
	}
	if len(units) < 2 {
		return 0, 0, false
	}
	match := func(u span) bool {
		s := w[u.start:u.end]
		return len(s) <= maxLen && cta(u) && re.MatchString(strings.TrimSpace(s))
	}
	// A trailing run: the last sentence must match; earlier call-to-action
	// sentences join it.
	if k := len(units) - 1; match(units[k]) {
		for k > 1 && cta(units[k-1]) {
			k--
		}
		return units[k].start, len(w), false
	}
	if match(units[0]) {
		k := 0
		for k+2 < len(units) && cta(units[k+1]) {
			k++
		}
		return 0, units[k+1].start, false
	}
	return 0, 0, false
}
