package boilerplate

import (
	"regexp"
	"strings"
)

// Appeals are recognised by their sentences, not by a fixed text: every
// outlet words its own. A run of units is an appeal when it is opened (or
// closed) by a strong appeal sentence, and the units inside are mostly
// appeal sentences or appeal buttons, with at most a short gap of
// neutral sentences (outlets pad appeals with a line about their work).
var (
	appealStrongRe = regexp.MustCompile(`(?i)\b(?:your support (?:helps|makes|means|allows|keeps|matters|is)|support (?:us|our (?:work|journalism|reporting|newsroom|mission)|independent (?:journalism|media|news|reporting)|quality journalism|now)\b|(?:please|why not|would you)\s+(?:consider\s+)?(?:support(?:ing)?|donat(?:e|ing)|contribut(?:e|ing)|subscrib(?:e|ing)|becom(?:e|ing) a (?:member|supporter|subscriber|patron))|(?:make|give) a (?:donation|contribution|gift)|donate (?:now|today|here|monthly|once)|your (?:donation|contribution|gift)s? (?:allows?|helps?|keeps?|will|makes?|enables?|means)|become a (?:member|supporter|subscriber|patron|friend)|(?:we|journalism|our journalism) (?:need|needs|relies on|rely on|depends? on) (?:your|readers like you|our readers|the support)|if you (?:value|appreciate|enjoy(?:ed)?|like(?:d)?|rely on|believe in) (?:our|this|what|the work|independent|quality)|help (?:us|fund|keep|support) (?:to )?(?:keep|fund|support|sustain|continue|independent|our|journalism)|readers?[- ](?:funded|supported)|(?:can|will) you (?:help|support|chip in)|chip in\b|every (?:contribution|donation)(?:, however (?:big|small))?)`)
	appealWeakRe   = regexp.MustCompile(`(?i)\b(?:support|supporters?|donat\w*|contribut\w*|journalis\w*|paywalls?|subscri\w*|membership|members|readers?|reporters?|reporting|independent|afford|funding|fund|funded|newsroom|the story|news outlets?|available to everyone|free for everyone|free to read)\b`)
	appealTokenRe  = regexp.MustCompile(`(?i)\b(?:read more|support now|support us|donate now|donate|subscribe now|subscribe|learn more|find out more|sign up now|join now|give now|give today|contribute now|contribute)\b`)
)

type appealClass uint8

const (
	appealNone appealClass = iota
	appealWeak
	appealToken
	appealStrong
)

// appealUnits splits line into units with appeal buttons (`Read more`,
// `Support Now`) cut out as units of their own, and classifies each.
func appealUnits(line string) ([]span, []appealClass) {
	var units []span
	for _, u := range splitUnits(line, nil) {
		s := line[u.start:u.end]
		last := 0
		for _, m := range appealTokenRe.FindAllStringIndex(s, -1) {
			if pre := strings.TrimSpace(s[last:m[0]]); pre != "" && !onlyPunct(pre) {
				a := u.start + last + skipSpace(s[last:m[0]], 0)
				units = append(units, span{a, u.start + trimRightSpace(s, m[0])})
			}
			units = append(units, span{u.start + m[0], u.start + m[1]})
			last = m[1]
		}
		if rest := s[last:]; strings.TrimSpace(rest) != "" {
			if onlyPunct(rest) && len(units) > 0 {
				units[len(units)-1].end = u.end // punctuation after a button
			} else {
				units = append(units, span{u.start + last + skipSpace(rest, 0), u.end})
			}
		}
	}
	cls := make([]appealClass, len(units))
	for i, u := range units {
		s := line[u.start:u.end]
		switch {
		case appealStrongRe.MatchString(s):
			cls[i] = appealStrong
		case isAppealToken(s):
			cls[i] = appealToken
		case appealWeakRe.MatchString(s):
			cls[i] = appealWeak
		}
	}
	return units, cls
}

func isAppealToken(s string) bool {
	m := appealTokenRe.FindStringIndex(s)
	return m != nil && onlyPunct(s[:m[0]]) && onlyPunct(s[m[1]:])
}

// appealLead returns the end of an appeal run at the start of line, or -1.
// whole reports whether the run covers the whole line.
func appealLead(line string) (end int, whole bool) {
	units, cls := appealUnits(line)
	if len(units) == 0 {
		return -1, false
	}
	// The run must open with a strong unit, or a button then a strong unit.
	if !(cls[0] == appealStrong || cls[0] == appealToken && len(cls) > 1 && cls[1] == appealStrong) {
		return -1, false
	}
	last, gap, hits := 0, 0, 0
	for i, c := range cls {
		if c != appealNone {
			last, gap = i, 0
			hits++
			continue
		}
		gap++
		if gap > 2 {
			break
		}
	}
	n := last + 1
	if 2*countAppeal(cls[:n]) < n {
		return -1, false
	}
	return units[last].end, last == len(units)-1
}

// appealTail returns the start of an appeal run at the end of line, or -1.
func appealTail(line string) (start int) {
	units, cls := appealUnits(line)
	k := len(units) - 1
	if k < 1 || !(cls[k] == appealStrong || cls[k] == appealToken && cls[k-1] == appealStrong) {
		return -1
	}
	first, gap, strong := k, 0, 0
	for i := k; i >= 0; i-- {
		c := cls[i]
		if c != appealNone {
			first, gap = i, 0
			if c == appealStrong {
				strong++
			}
			continue
		}
		gap++
		if gap > 1 {
			break
		}
	}
	if strong == 0 || 2*countAppeal(cls[first:]) < len(cls)-first {
		return -1
	}
	return units[first].start
}

func countAppeal(cls []appealClass) int {
	n := 0
	for _, c := range cls {
		if c != appealNone {
			n++
		}
	}
	return n
}
