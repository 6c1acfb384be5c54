package boilerplate

import (
	"regexp"
	"strings"
)

// The appeal patterns are written in lower case and run on ASCII-folded
// text (see asciiLower), which is several times faster than (?i) and keeps
// byte offsets.
//
// Appeals are recognised by their sentences, not by a fixed text: every
// outlet words its own. A run of units is an appeal when it is opened (or
// closed) by a strong appeal sentence, and the units inside are mostly
// appeal sentences or appeal buttons, with at most a short gap of
// neutral sentences (outlets pad appeals with a line about their work).
var (
	appealStrongRe = regexp.MustCompile(`\b(?:your support (?:helps|makes|means|allows|keeps|matters|is)|support (?:us|our (?:work|journalism|reporting|newsroom|mission)|independent (?:journalism|media|news|reporting)|quality journalism|now)\b|(?:please|why not|would you)\s+(?:consider\s+)?(?:support(?:ing)?|donat(?:e|ing)|contribut(?:e|ing)|subscrib(?:e|ing)|becom(?:e|ing) a (?:member|supporter|subscriber|patron))|(?:make|give) a (?:donation|contribution|gift)|donate (?:now|today|here|monthly|once)|your (?:donation|contribution|gift)s? (?:allows?|helps?|keeps?|will|makes?|enables?|means)|become a (?:member|supporter|subscriber|patron|friend)|(?:we|journalism|our journalism) (?:need|needs|relies on|rely on|depends? on) (?:your|readers like you|our readers|the support)|if you (?:value|appreciate|enjoy(?:ed)?|like(?:d)?|rely on|believe in) (?:our|this|what|the work|independent|quality)|help (?:us|fund|keep|support) (?:to )?(?:keep|fund|support|sustain|continue|independent|our|journalism)|readers?[- ](?:funded|supported)|(?:can|will) you (?:help|support|chip in)|chip in\b|every (?:contribution|donation)(?:, however (?:big|small))?)`)
	appealWeakRe   = regexp.MustCompile(`\b(?:support|supporters?|donat\w*|contribut\w*|journalis\w*|paywalls?|subscri\w*|membership|members|readers?|reporters?|reporting|independent|afford|funding|fund|funded|newsroom|the story|news outlets?|available to everyone|free for everyone|free to read)\b`)
	appealTokenRe  = regexp.MustCompile(`\b(?:read more|support now|support us|donate now|donate|subscribe now|subscribe|learn more|find out more|sign up now|join now|give now|give today|contribute now|contribute)\b`)
)

type appealClass uint8

const (
	appealNone appealClass = iota
	appealWeak
	appealToken
	appealStrong
)

// piece is a unit, or part of one cut at an appeal button, with its class.
type piece struct {
	span
	class appealClass
}

// appealPieces cuts the unit u of line at appeal buttons (`Read more`,
// `Support Now`) and classifies the pieces.
func appealPieces(line string, u span, out []piece) []piece {
	s := asciiLower(line[u.start:u.end])
	last := 0
	add := func(a, b int) {
		t := s[a-u.start : b-u.start]
		c := appealNone
		switch {
		case containsAny(t, reportingStems) && reportingRe.MatchString(t):
			// Reported speech ("..., the vicar told his congregation")
			// is prose about an appeal, not one.
		case containsAny(t, appealStrongStems) && appealStrongRe.MatchString(t):
			c = appealStrong
		case isAppealToken(t):
			c = appealToken
		case containsAny(t, appealWeakStems) && appealWeakRe.MatchString(t):
			c = appealWeak
		}
		out = append(out, piece{span{a, b}, c})
	}
	var ms [][]int
	if containsAny(s, appealTokenStems) {
		ms = appealTokenRe.FindAllStringIndex(s, -1)
	}
	for _, m := range ms {
		if pre := s[last:m[0]]; !onlyPunct(pre) {
			add(u.start+last+skipSpace(pre, 0), u.start+trimRightSpace(s, m[0]))
		}
		add(u.start+m[0], u.start+m[1])
		last = m[1]
	}
	if rest := s[last:]; !onlyPunct(rest) || last == 0 {
		add(u.start+last+skipSpace(rest, 0), u.end)
	} else if len(out) > 0 {
		out[len(out)-1].end = u.end // punctuation after a button
	}
	return out
}

// Literal stems, one of which every match of the pattern of the same name
// contains: a cheap test that spares most units the regular expression.
var (
	appealStrongStems = []string{"support", "donat", "contribut", "subscrib", "member", "patron", "gift", "friend",
		"need", "relies", "rely", "depend", "if you", "help", "funded", "chip in"}
	appealWeakStems = []string{"support", "donat", "contribut", "journalis", "paywall", "subscri", "member", "reader",
		"reporter", "reporting", "independent", "afford", "fund", "newsroom", "the story", "news outlet", "everyone", "free to read"}
	appealTokenStems = []string{"read more", "support", "donate", "subscribe", "learn more", "find out more", "sign up",
		"join now", "give now", "give today", "contribute"}
)

func containsAny(s string, stems []string) bool {
	for _, st := range stems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

func isAppealToken(s string) bool {
	s = asciiLower(s)
	if !containsAny(s, appealTokenStems) {
		return false
	}
	m := appealTokenRe.FindStringIndex(s)
	return m != nil && onlyPunct(s[:m[0]]) && onlyPunct(s[m[1]:])
}

// appealLead returns the end of an appeal run at the start of line, or -1.
// Units are classified lazily from the start, so a long paragraph costs
// only its first sentences.
func appealLead(line string) int {
	units := splitUnits(line, nil)
	var ps []piece
	k := 0
	more := func() bool {
		if k >= len(units) {
			return false
		}
		ps = appealPieces(line, units[k], ps)
		k++
		return true
	}
	more()
	if len(ps) < 2 {
		more()
	}
	if len(ps) == 0 || !(ps[0].class == appealStrong || ps[0].class == appealToken && len(ps) > 1 && ps[1].class == appealStrong) {
		return -1
	}
	last, gap := 0, 0
	for i := 0; ; i++ {
		for i >= len(ps) {
			if !more() {
				goto done
			}
		}
		if ps[i].class != appealNone {
			last, gap = i, 0
			continue
		}
		gap++
		if gap > 2 {
			break
		}
	}
done:
	if 2*countAppeal(ps[:last+1]) < last+1 {
		return -1
	}
	return ps[last].end
}

// appealTail returns the start of an appeal run at the end of line, or -1.
func appealTail(line string) int {
	units := splitUnits(line, nil)
	if len(units) == 0 {
		return -1
	}
	// Pieces from the end, in reverse order.
	var rev []piece
	k := len(units) - 1
	more := func() bool {
		if k < 0 {
			return false
		}
		ps := appealPieces(line, units[k], nil)
		for i := len(ps) - 1; i >= 0; i-- {
			rev = append(rev, ps[i])
		}
		k--
		return true
	}
	more()
	if len(rev) < 2 {
		more()
	}
	if len(rev) < 2 || !(rev[0].class == appealStrong || rev[0].class == appealToken && rev[1].class == appealStrong) {
		return -1
	}
	first, gap, strong := 0, 0, 0
	for i := 0; ; i++ {
		for i >= len(rev) {
			if !more() {
				goto done
			}
		}
		if rev[i].class != appealNone {
			first, gap = i, 0
			if rev[i].class == appealStrong {
				strong++
			}
			continue
		}
		gap++
		if gap > 1 {
			break
		}
	}
done:
	if strong == 0 || 2*countAppeal(rev[:first+1]) < first+1 {
		return -1
	}
	return rev[first].start
}

func countAppeal(ps []piece) int {
	n := 0
	for _, p := range ps {
		if p.class != appealNone {
			n++
		}
	}
	return n
}

// asciiLower folds ASCII upper-case letters to lower case, byte for byte,
// allocating only when s has one.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
