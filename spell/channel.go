package spell

// A channelQuery is a typo prepared for channelCost against many words:
// the costs that depend on the typo alone are computed once, and the first
// row and column of the table, where every edit touches a first letter,
// are filled apart from the rest. Its costs are channelCost's, bit for bit:
// the same sums in the same order, without the terms that add zero.
type channelQuery struct {
	t   []rune
	ins []float64 // ins[i] = insertCost(t, i)
}

// reset prepares q for the typo t.
func (q *channelQuery) reset(t []rune) {
	q.t = append(q.t[:0], t...)
	q.ins = q.ins[:0]
	for i := range t {
		q.ins = append(q.ins, insertCost(t, i))
	}
}

// cost returns channelCost(t, c, buf) for the typo t of the last reset.
func (q *channelQuery) cost(c []rune, buf []float64) float64 {
	t := q.t
	lt, lc := len(t), len(c)
	if lt == 0 || lc == 0 {
		return channelCost(t, c, buf)
	}
	var omitBuf [maxWordLen + 2]float64
	prev2, prev, cur, omit := channelRows(c, buf, &omitBuf)

	// Row 1: every edit involves the typo's first letter.
	ins, r := q.ins[0], t[0]
	cur[0] = prev[0] + ins
	for j := 1; j <= lc; j++ {
		d := prev[j-1]
		if r != c[j-1] {
			d += subCost(r, c[j-1]) + costFirst
		}
		if v := prev[j] + ins + costFirst; v < d {
			d = v
		}
		v := cur[j-1] + omit[j-1]
		if j == 1 {
			v += costFirst
		}
		if v < d {
			d = v
		}
		cur[j] = d
	}
	prev2, prev, cur = prev, cur, prev2

	for i := 2; i <= lt; i++ {
		ins, r, rp := q.ins[i-1], t[i-1], t[i-2]
		cur[0] = prev[0] + ins
		// Column 1: the word's first letter.
		d := prev[0]
		if r != c[0] {
			d += subCost(r, c[0]) + costFirst
		}
		if v := prev[1] + ins; v < d {
			d = v
		}
		if v := cur[0] + omit[0] + costFirst; v < d {
			d = v
		}
		cur[1] = d
		for j := 2; j <= lc; j++ {
			cj := c[j-1]
			d := prev[j-1]
			if r != cj {
				d += subCost(r, cj)
			}
			if v := prev[j] + ins; v < d {
				d = v
			}
			if v := cur[j-1] + omit[j-1]; v < d {
				d = v
			}
			if r == c[j-2] && rp == cj && r != rp {
				if v := prev2[j-2] + costTranspose; v < d {
					d = v
				}
			}
			cur[j] = d
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lc]
}
