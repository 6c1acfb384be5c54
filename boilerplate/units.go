package boilerplate

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range.
type span struct{ start, end int }

// splitUnits splits a line into sentence-like units: a unit ends after
// '.', '!', '?' or '…' (and any closing quotes or brackets) followed by
// white space. Spaces between units belong to neither. Abbreviations
// over-split, which is harmless for the units' uses (appeal runs and
// learned segments).
func splitUnits(line string, buf []span) []span { return splitUnitsGlued(line, buf, false) }

// splitSegments is splitUnits that also ends a unit at a full stop glued
// to a new sentence (see gluedStart). Learning and learned removal use it,
// so that a promo glued to a sentence is a segment of its own; the rules
// keep splitUnits, whose units a removal cannot re-join differently.
func splitSegments(line string, buf []span) []span { return splitUnitsGlued(line, buf, true) }

func splitUnitsGlued(line string, buf []span, glued bool) []span {
	out := buf[:0]
	start := skipSpace(line, 0)
	i := start
	for i < len(line) {
		c := line[i]
		end := -1
		switch {
		case c == '.' || c == '!' || c == '?':
			end = i + 1
		case c == 0xE2 && i+2 < len(line) && line[i+1] == 0x80 && line[i+2] == 0xA6: // …
			end = i + 3
		}
		if end < 0 {
			i++
			continue
		}
		end = skipClosers(line, end)
		if end == len(line) || isSpace(line[end]) || glued && gluedStart(line, i, end) {
			if end > start {
				start = splitButton(line, start, end, &out)
				out = append(out, span{start, end})
			}
			start = skipSpace(line, end)
			i = start
			continue
		}
		i = end
	}
	if e := trimRightSpace(line, len(line)); e > start {
		start = splitButton(line, start, e, &out)
		out = append(out, span{start, e})
	}
	return out
}

// buttonRe matches a call-to-action button that scrapes glue to the
// sentence after it: "Support us Freight companies warned ...".
var buttonRe = regexp.MustCompile(`^(?i:read more|support (?:us|now)|donate(?: now| today)?|subscribe(?: now| today)?|sign up(?: now)?|learn more|find out more|join (?:us|now|today)|give (?:now|today)|contribute(?: now| today)?)\s+`)

// splitButton cuts a leading button off the unit line[start:end] when a
// capitalised word follows it, appending the button as a unit of its own,
// and returns where the rest starts.
func splitButton(line string, start, end int, out *[]span) int {
	c := line[start]
	if c < 'A' || c > 'Z' || (c != 'R' && c != 'S' && c != 'D' && c != 'L' && c != 'F' && c != 'J' && c != 'G' && c != 'C') {
		return start
	}
	m := buttonRe.FindStringIndex(line[start:end])
	if m == nil || start+m[1] >= end {
		return start
	}
	if n := line[start+m[1]]; !('A' <= n && n <= 'Z') {
		return start
	}
	*out = append(*out, span{start, trimRightSpace(line, start+m[1])})
	return start + m[1]
}

// gluedStart reports whether the sentence punctuation at line[p] (ending
// at end, closers included) is glued to a new sentence: a lower-case
// letter before it and a capitalised word after it, as scrapes leave when
// they join a paragraph and a promo ("attend.Get the briefing"). An
// upper-case letter before (U.S.Army), a lower-case one after (Node.js)
// or a quote in between (said."Next) is no boundary.
func gluedStart(line string, p, end int) bool {
	if p == 0 || end != p+1 || end+1 >= len(line) || line[p] != '.' && line[p] != '!' && line[p] != '?' {
		return false
	}
	b, n, n2 := line[p-1], line[end], line[end+1]
	return 'a' <= b && b <= 'z' && 'A' <= n && n <= 'Z' && 'a' <= n2 && n2 <= 'z'
}

func skipClosers(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']':
			i++
		case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x9D || s[i+2] == 0x99):
			i += 3
		default:
			return i
		}
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func trimRightSpace(s string, j int) int {
	for j > 0 && isSpace(s[j-1]) {
		j--
	}
	return j
}

// onlyPunct reports whether s has no letters or digits.
func onlyPunct(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				return false
			}
			continue
		}
		if isLetterOrDigit(r) {
			return false
		}
	}
	return true
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isUpperOrDigit(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }
