package boilerplate

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Page mode: a line classifier for text extracted from whole web pages,
// in the spirit of jusText, which plain text cannot give link density or
// tags. Each line gets a score from its own features:
//
//   - length: running prose comes in long lines, menus and link lists in
//     short ones;
//   - stopword density: prose is dense with function words, headlines,
//     names and navigation are not;
//   - sentence punctuation: prose lines end a sentence;
//   - the rules: a line a rule removes is junk.
//
// Good lines score their length in characters, junk lines a negative
// amount. Smoothing between neighbours is done by taking the run of lines
// with the largest total score (a maximum-sum subarray, as in Finn's body
// text extraction): the article is the densest stretch of prose, and the
// short lines inside it (subheadings, list items, one-line quotes) go
// with it, while the same short lines in the menus around it do not.
// Everything outside the run is removed.

// Page classifier thresholds.
const (
	pageShort       = 30   // lines shorter than this (in runes) are short
	pageGoodLen     = 60   // prose lines are at least this long...
	pageLongLen     = 150  // ...and end a sentence unless at least this long
	pageStopGood    = 0.25 // prose stopword density
	pageStopNear    = 0.30 // near-good stopword density for medium lines
	pageShortScore  = -12  // score of a short line...
	pageShortRunCap = 10   // ...times its place in a run of short lines, up to this
	pageListMax     = 60   // longest list a line ending in a colon takes along
)

// lineFeatures are the classifier's inputs for one line.
type lineFeatures struct {
	runes    int
	words    int
	stop     float64 // stopword density
	sentence bool    // ends with sentence punctuation
}

func features(s string) lineFeatures {
	s = strings.TrimSpace(s)
	f := lineFeatures{runes: utf8.RuneCountInString(s)}
	stop := 0
	var buf [16]byte // a lower-cased ASCII word; longer words are no stopwords
	n, ascii := 0, true
	endWord := func() {
		if n > 0 || !ascii {
			f.words++
			if ascii && n <= len(buf) && stopwords[string(buf[:n])] {
				stop++
			}
		}
		n, ascii = 0, true
	}
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z', r == '\'':
			if n < len(buf) {
				buf[n] = byte(r)
			}
			n++
		case 'A' <= r && r <= 'Z':
			if n < len(buf) {
				buf[n] = byte(r) + 'a' - 'A'
			}
			n++
		case r == '’':
			if n < len(buf) {
				buf[n] = '\''
			}
			n++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			ascii = false
		default:
			endWord()
		}
	}
	endWord()
	if f.words > 0 {
		f.stop = float64(stop) / float64(f.words)
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’)] "))
	// An ellipsis ends a truncated teaser, not a sentence (as in C4).
	f.sentence = (last == '.' || last == '!' || last == '?' || last == ':') && !strings.HasSuffix(strings.TrimRight(s, "\"'”’)] "), "...")
	return f
}

// pageScore scores one line for the maximum-sum run. english says whether
// the page's prose uses English function words at all; when it does not,
// stopword density says nothing and length and punctuation decide alone.
func pageScore(f lineFeatures, english bool) float64 {
	L := float64(f.runes)
	stopGood, stopNear := pageStopGood, pageStopNear
	if !english {
		stopGood, stopNear = 0, 0
	}
	switch {
	case f.runes < pageShort:
		return pageShortScore
	case f.runes >= pageGoodLen && f.stop >= stopGood && f.sentence:
		return L
	case f.runes >= pageLongLen && f.stop >= stopGood:
		return 0.5 * L
	case f.stop >= stopNear && f.sentence:
		return 0.3 * L
	default:
		return -0.5 * L
	}
}

// Lines that are junk wherever they stand, although no rule removes them
// in article mode: comment headers, votes and time stamps.
var pageJunkRe = regexp.MustCompile(`(?i)^(?:\S+(?: \S+){0,3} (?:says|said|wrote|commented|replied):?|(?:about |posted )?\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b.{0,30}|(?:rating|votes?|score|points?)\s*:?\s*[-+]?\d+.{0,20}|\d+ (?:votes?|points?|likes?|replies|responses?)\b.{0,60}|reply|report(?: abuse)?|flag|permalink.{0,60}|(?:by|posted by|written by|posted on|published on|published by) [\p{L}\d.,:' -]{2,80}|\d[\d:./ -]{3,}(?:\s*[ap]m)?)$`)

// pageBarrier names the rules whose lines end an article: comment sections
// and related-content lists. The run of kept lines never crosses them.
var pageBarrier = map[string]bool{"comments-line": true, "counter-line": true, "readmore-line": true}

// pageBarrierRe matches the openers of comment sections and related
// content lists that no article-mode rule removes.
var pageBarrierRe = regexp.MustCompile(`(?i)^\W*(?:\d+ (?:responses?|comments?|replies|thoughts|reactions) (?:to|on)\b.*|(?:top rated |top |reader |readers' |user |latest |recent |popular )?comments?(?: \(\d+\))?|discussion|conversation|leave a (?:reply|comment).*|join the (?:conversation|discussion|debate).*|(?:related|recommended|similar|latest|popular|trending|more) (?:stories|articles|posts|news|reads|videos)\b.{0,40}|(?:more|latest|also) (?:from|on|in) [\p{L}\d&.' -]{1,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*|(?:about|share) the author|(?:what to )?read (?:these |this )?next|(?:previous|next) (?:post|article|story))\W*$`)

// A stretch of lines after a barrier that follows at least pageContentSum
// of content weighs pageAfterWeight as much.
const (
	pageContentSum  = 300
	pageAfterWeight = 0.25
)

// pageBarrierScore is the score of a barrier line.
const pageBarrierScore = -400

func (cl *cleaner) page() {
	n := len(cl.lines)
	score := make([]float64, n)
	feats := make([]lineFeatures, n)
	var stopSum, longLines float64
	for i := range cl.lines {
		p := &cl.plans[i]
		s := cl.lineText(i)
		if !p.whole && !isBlank(s) {
			lo, hi := cl.bounds(p, s)
			feats[i] = features(s[lo:hi])
			if feats[i].runes >= pageGoodLen {
				stopSum += feats[i].stop
				longLines++
			}
		}
	}
	english := longLines == 0 || stopSum/longLines >= 0.15
	shortRun := 0 // consecutive short lines so far
	for i := range cl.lines {
		p := &cl.plans[i]
		s := cl.lineText(i)
		if !isBlank(s) {
			if !p.whole && feats[i].runes < pageShort {
				shortRun++
			} else {
				shortRun = 0
			}
		}
		switch {
		case isBlank(s):
			score[i] = 0
		case p.whole && pageBarrier[p.rule]:
			score[i] = pageBarrierScore
		case p.whole:
			score[i] = -float64(max(utf8.RuneCountInString(s), pageShort))
		default:
			lo, hi := cl.bounds(p, s)
			if cl.pageConsent(s[lo:hi]) {
				score[i] = -float64(feats[i].runes)
			} else if feats[i].runes <= 100 && pageBarrierRe.MatchString(s[lo:hi]) {
				score[i] = pageBarrierScore
			} else if feats[i].runes <= 80 && (pageJunkRe.MatchString(s[lo:hi]) || isStamp(s[lo:hi])) {
				score[i] = -40
			} else {
				score[i] = pageScore(feats[i], english)
				if feats[i].runes < pageShort {
					// A run of short lines is a menu or a list of names,
					// not subheadings: each further line costs more.
					score[i] *= float64(min(shortRun, pageShortRunCap))
				}
			}
		}
		if p.protected {
			score[i] = max(score[i], 0)
		}
	}
	// Maximum-sum run of lines within each stretch between barriers. A
	// stretch that follows real content (a comment section after the
	// article) counts for less, as boilerpipe's terminating blocks do.
	bestSum, bestA, bestB, weight := 0.0, 0, 0, 1.0
	for a := 0; a < n; {
		b := a
		for b < n && score[b] != pageBarrierScore {
			b++
		}
		sum, ra, rA, rB, rSum := 0.0, a, a, a, 0.0
		for i := a; i < b; i++ {
			if sum <= 0 {
				sum, ra = 0, i
			}
			sum += score[i]
			if sum > rSum {
				rSum, rA, rB = sum, ra, i+1
			}
		}
		if rSum*weight > bestSum {
			bestSum, bestA, bestB = rSum*weight, rA, rB
		}
		if rSum > pageContentSum {
			weight *= pageAfterWeight
		}
		a = b + 1
	}
	if bestSum <= 0 {
		return // no prose at all: leave the page to the rules
	}
	// A run that ends on a line announcing a list ("Tour dates:") takes
	// the list that follows: lines of one block, up to a blank line, a
	// barrier or a line a rule removed.
	if last := lastNonBlank(cl, bestA, bestB); last >= 0 && strings.HasSuffix(strings.TrimSpace(cl.lineText(last)), ":") {
		for bestB < n && bestB-last <= pageListMax {
			p := &cl.plans[bestB]
			t := cl.lineText(bestB)
			if isBlank(t) && bestB > last+1 || p.whole || score[bestB] == pageBarrierScore || feats[bestB].runes >= pageLongLen {
				break
			}
			bestB++
		}
	}
	for i := 0; i < n; i++ {
		if i >= bestA && i < bestB {
			continue
		}
		p := &cl.plans[i]
		if p.whole || p.protected || isBlank(cl.lineText(i)) {
			continue
		}
		p.whole, p.rule, p.conf, p.cuts = true, "page", confPage, nil
	}
}

// isStamp reports whether s is nothing but a date or time.
func isStamp(s string) bool {
	t, ok := leadMeta(s)
	return ok && t.end >= len(s)
}

// consentAnchors are the words a consent or browser notice needs.
var consentAnchors = sync.OnceValue(func() *anchorSet {
	return newAnchorSet([]string{"cookie", "consent", "by continuing", "by using", "javascript", "browser"})
})

// pageConsent reports whether s is a cookie, consent or browser notice of
// any length. Article mode leaves long lines to the reader (an article may
// discuss cookie law); on a whole page, C4's practice of dropping such
// lines at any length is the better bet.
func (cl *cleaner) pageConsent(s string) bool {
	found := false
	consentAnchors().scan(s, func(int, int) { found = true })
	if !found {
		return false
	}
	t := cl.r.t
	for _, name := range []string{"cookie-line", "javascript-line"} {
		if cl.r.c.disabled[name] {
			continue
		}
		for i := range t.rules {
			if t.rules[i].name == name && t.rules[i].re.MatchString(s) {
				return true
			}
		}
	}
	return false
}

// lastNonBlank returns the last non-blank line in [a, b), or -1.
func lastNonBlank(cl *cleaner, a, b int) int {
	for i := b - 1; i >= a; i-- {
		if !isBlank(cl.lineText(i)) {
			return i
		}
	}
	return -1
}
