package spell

import "unicode/utf8"

// A pattern is a query prepared for the bit-parallel optimal string
// alignment distance of Hyyrö (2003, "A bit-vector algorithm for computing
// Levenshtein and Damerau edit distances"): one machine word holds a whole
// column of the dynamic-programming table, so a candidate of n runes costs
// n steps of a few word operations. It serves queries of 1 to 64 runes.
type pattern struct {
	q     []rune
	ascii [128]uint64 // ascii[r]: bit i set where q[i] == r
}

// patternMax is the longest query a pattern serves.
const patternMax = 64

// reset prepares p for the query q, which must hold 1 to patternMax runes.
func (p *pattern) reset(q []rune) {
	for _, r := range p.q {
		if r < 128 {
			p.ascii[r] = 0
		}
	}
	p.q = append(p.q[:0], q...) // a copy: the caller may reuse q's array
	for i, r := range q {
		if r < 128 {
			p.ascii[r] |= 1 << i
		}
	}
}

// eq returns the positions in the query that hold r.
func (p *pattern) eq(r rune) uint64 {
	if r < 128 {
		return p.ascii[r]
	}
	var m uint64
	for i, x := range p.q {
		if x == r {
			m |= 1 << i
		}
	}
	return m
}

// dist returns the optimal string alignment distance between the query and
// b, counted over runes; it equals osa's result whenever that is within
// osa's bound. Invalid UTF-8 in b counts as utf8.RuneError, as in a
// conversion to []rune.
func (p *pattern) dist(b string) int {
	m := len(p.q)
	top := uint64(1) << (m - 1)
	vp, vn := ^uint64(0), uint64(0)
	var d0, pmPrev uint64
	score := m
	for i := 0; i < len(b); {
		r := rune(b[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(b[i:])
			i += n
		}
		pm := p.eq(r)
		tr := ((^d0 & pm) << 1) & pmPrev
		d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr
		hp := vn | ^(d0 | vp)
		hn := d0 & vp
		if hp&top != 0 {
			score++
		} else if hn&top != 0 {
			score--
		}
		x := hp<<1 | 1
		vn = x & d0
		vp = hn<<1 | ^(x | d0)
		pmPrev = pm
	}
	return score
}
