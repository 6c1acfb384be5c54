package boilerplate

// learned removes the segments the profile knows as boilerplate of
// source: a line made only of them goes whole; otherwise runs of them at
// the start or end of a line are cut, and the rest of the line stays.
// Short segments (below the profile's minimum length, such as `Read
// more`) go with a run they touch but never make one.
func (cl *cleaner) learned(source string) {
	set := cl.r.profile.set(source)
	if len(set) == 0 {
		return
	}
	minSeg := cl.r.profile.minSegment
	var units []span
	for i := range cl.lines {
		p := &cl.plans[i]
		if p.whole || p.protected {
			continue
		}
		s := cl.lineText(i)
		lo, hi := cl.bounds(p, s)
		if lo >= hi {
			continue
		}
		units = splitUnits(s[lo:hi], units)
		// mark: 2 learned, 1 short, 0 content.
		mark := make([]uint8, len(units))
		any := false
		for k, u := range units {
			h, n := segHash(s[lo+u.start : lo+u.end])
			switch {
			case n < minSeg:
				mark[k] = 1
			case contains(set, h):
				mark[k] = 2
				any = true
			}
		}
		if !any {
			continue
		}
		// Leading run.
		a, seen := 0, false
		for a < len(units) && mark[a] > 0 {
			seen = seen || mark[a] == 2
			a++
		}
		if !seen {
			a = 0
		}
		if a == len(units) {
			p.whole, p.rule, p.conf, p.cuts = true, "learned", confLearned, nil
			continue
		}
		// Trailing run.
		b, seen := len(units), false
		for b > a && mark[b-1] > 0 {
			seen = seen || mark[b-1] == 2
			b--
		}
		if !seen {
			b = len(units)
		}
		if a > 0 {
			p.cuts = insertCut(p.cuts, cut{start: lo, end: lo + units[a].start, rule: "learned", conf: confLearned})
		}
		if b < len(units) {
			p.cuts = insertCut(p.cuts, cut{start: lo + units[b-1].end, end: hi, rule: "learned", conf: confLearned})
		}
		sortCuts(p.cuts)
	}
}
