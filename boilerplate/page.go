package boilerplate

import (
	"strings"
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
	pageShort      = 30   // lines shorter than this (in runes) are short
	pageGoodLen    = 60   // prose lines are at least this long...
	pageLongLen    = 150  // ...and end a sentence unless at least this long
	pageStopGood   = 0.25 // prose stopword density
	pageStopNear   = 0.30 // near-good stopword density for medium lines
	pageShortScore = -12  // score of a short line
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
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		f.words++
		if stopwords[strings.ToLower(w)] {
			stop++
		}
	}
	if f.words > 0 {
		f.stop = float64(stop) / float64(f.words)
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’)] "))
	f.sentence = last == '.' || last == '!' || last == '?' || last == '…' || last == ':'
	return f
}

// pageScore scores one line for the maximum-sum run.
func pageScore(f lineFeatures) float64 {
	L := float64(f.runes)
	switch {
	case f.runes < pageShort:
		return pageShortScore
	case f.runes >= pageGoodLen && f.stop >= pageStopGood && (f.sentence || f.runes >= pageLongLen):
		return L
	case f.stop >= pageStopNear && f.sentence:
		return 0.3 * L
	default:
		return -0.5 * L
	}
}

func (cl *cleaner) page() {
	n := len(cl.lines)
	score := make([]float64, n)
	for i := range cl.lines {
		p := &cl.plans[i]
		s := cl.lineText(i)
		switch {
		case isBlank(s):
			score[i] = 0
		case p.whole:
			score[i] = -float64(max(utf8.RuneCountInString(s), pageShort))
		default:
			lo, hi := cl.bounds(p, s)
			score[i] = pageScore(features(s[lo:hi]))
		}
		if p.protected {
			score[i] = max(score[i], 0)
		}
	}
	// Maximum-sum run of lines.
	bestSum, bestA, bestB := 0.0, 0, 0
	sum, a := 0.0, 0
	for i := 0; i < n; i++ {
		if sum <= 0 {
			sum, a = 0, i
		}
		sum += score[i]
		if sum > bestSum {
			bestSum, bestA, bestB = sum, a, i+1
		}
	}
	if bestSum <= 0 {
		return // no prose at all: leave the page to the rules
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
