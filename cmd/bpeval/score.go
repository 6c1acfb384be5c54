package main

import (
	"unicode"
)

// counts is the share of true positive, false positive and false
// negative shingles in one document, normalised to sum to 1 so that long
// documents weigh no more than short ones (as the ScrapingHub benchmark's
// evaluate.py does).
type counts struct{ tp, fp, fn float64 }

// tokens splits s into runs of word characters (letters, digits, marks and
// '_'), the tokens of the benchmark's \w+ pattern.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts the n-token shingles of s. A text shorter than n
// tokens is one shingle of all its tokens; an empty text has none.
func shingles(s string, n int) map[string]int {
	toks := tokens(s)
	m := map[string]int{}
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		j := min(i+n, len(toks))
		if i >= j {
			break
		}
		key := ""
		for k, t := range toks[i:j] {
			if k > 0 {
				key += "\x00"
			}
			key += t
		}
		m[key]++
	}
	return m
}

// match compares predicted text with the gold text over 4-token shingles.
func match(gold, pred string) counts {
	g, p := shingles(gold, 4), shingles(pred, 4)
	var c counts
	for k, gc := range g {
		pc := p[k]
		c.tp += float64(min(gc, pc))
		c.fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		c.fp += float64(max(0, pc-g[k]))
	}
	if s := c.tp + c.fp + c.fn; s > 0 {
		c.tp, c.fp, c.fn = c.tp/s, c.fp/s, c.fn/s
	}
	return c
}

// scores returns the mean per-document precision and recall and the F1 of
// those means.
func scores(cs []counts) (p, r, f1 float64) {
	var np, nr int
	for _, c := range cs {
		if c.tp+c.fp > 0 {
			p += ratio(c.tp, c.fp, c.fn, c.fp)
			np++
		}
		if c.tp+c.fn > 0 {
			r += ratio(c.tp, c.fp, c.fn, c.fn)
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// ratio is tp/(tp+miss), with the benchmark's conventions for empty cases.
func ratio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}
