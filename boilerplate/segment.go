package boilerplate

import (
	"unicode"
	"unicode/utf8"
)

// Segments are the units learning counts: the sentence-like units of each
// line (see splitUnits), normalised as CCNet does (lower case, digits
// folded to 0, punctuation and symbols dropped, white space collapsed) and
// hashed to 8 bytes with FNV-1a.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// segHash normalises s and returns its hash and normalised length in
// bytes. Two segments that differ only in case, digits, punctuation or
// spacing hash alike.
func segHash(s string) (h uint64, n int) {
	h = fnvOffset
	pendingSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		folded, ok := foldRune(r)
		if !ok {
			// Space, punctuation or a symbol: a word break at most.
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
				pendingSpace = n > 0
			}
			continue
		}
		r = folded
		if pendingSpace {
			h = (h ^ ' ') * fnvPrime
			n++
			pendingSpace = false
		}
		if r < utf8.RuneSelf {
			h = (h ^ uint64(r)) * fnvPrime
			n++
			continue
		}
		var buf [utf8.UTFMax]byte
		k := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:k] {
			h = (h ^ uint64(b)) * fnvPrime
		}
		n += k
	}
	return h, n
}

// docSeg is one segment of a document.
type docSeg struct {
	hash       uint64
	line       int  // index of the line among the document's lines
	start, end int  // byte span in the document
	long       bool // normalised length >= the minimum segment length
}

// segments returns the segments of text in order.
func segments(text string, minSeg int) []docSeg {
	var out []docSeg
	var units []span
	for i, l := range splitLines(text) {
		s := text[l.start:l.end]
		off := 0
		if i < edgeLines+2 {
			// A metadata token glued to a line's start is no part of
			// the segment it precedes (Clean cuts it first).
			if t, ok := leadMeta(s[skipSpace(s, 0):]); ok {
				off = skipSpace(s, 0) + t.end
			}
		}
		units = splitSegments(s[off:], units)
		for _, u := range units {
			u.start += off
			u.end += off
			h, n := segHash(s[u.start:u.end])
			if n == 0 {
				continue
			}
			out = append(out, docSeg{hash: h, line: i, start: l.start + u.start, end: l.start + u.end, long: n >= minSeg})
		}
	}
	return out
}

// Runs are the second unit learning counts: windows of runWords words, so
// that boilerplate glued inside a line without sentence punctuation (a
// sign-off fused to a paragraph, a phrase pasted mid-sentence) is found
// too. Only windows whose junk-likeness reaches runJunk are counted and
// matched: learned removal inside a line needs junk-like text anyway, and
// skipping prose windows keeps learning fast and small.
const (
	runWords = 8
	runJunk  = 0.3
)

// docRun is one junk-like word window of a document.
type docRun struct {
	hash uint64
	line int
	junk float64
}

// runHash hashes a window of normalised words.
func runHash(toks []token) uint64 {
	h := uint64(fnvOffset)
	for _, t := range toks {
		h = (h ^ t.hash) * fnvPrime
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// words keeps the tokens that hold letters or digits.
func words(toks []token) []token {
	out := toks[:0]
	for _, t := range toks {
		if t.hash != 0 {
			out = append(out, t)
		}
	}
	return out
}

// windows calls fn for each window of k tokens of toks whose cue score
// (junk-likeness without the stopword term) reaches runJunk, with the
// window's first token index.
func windows(toks []token, k int, cum []junkCounts, fn func(i int, h uint64, junk float64)) []junkCounts {
	if len(toks) < k {
		return cum
	}
	cum = append(cum[:0], junkCounts{})
	var c junkCounts
	for _, t := range toks {
		c.add(t)
		cum = append(cum, c)
	}
	for i := 0; i+k <= len(toks); i++ {
		j := cum[i+k].sub(cum[i]).cueScore()
		if j >= runJunk {
			fn(i, runHash(toks[i:i+k]), j)
		}
	}
	return cum
}

// runs returns the junk-like word windows of text, by line, and adds the
// junk counts of each segment's tokens to segJunk (one per segment of
// segs, the document's segments), so that a document is tokenized once.
func runs(text string, segs []docSeg, segJunk []junkCounts) []docRun {
	var out []docRun
	var toks []token
	var cum []junkCounts
	k := 0
	for i, l := range splitLines(text) {
		s := text[l.start:l.end]
		base := l.start
		if i < edgeLines+2 {
			if t, ok := leadMeta(s[skipSpace(s, 0):]); ok {
				off := skipSpace(s, 0) + t.end
				s, base = s[off:], base+off
			}
		}
		toks = words(tokenize(s, toks))
		for _, t := range toks {
			a := base + t.start
			for k < len(segs) && (segs[k].line < i || segs[k].line == i && segs[k].end <= a) {
				k++
			}
			if k < len(segs) && segs[k].line == i && a >= segs[k].start && base+t.end <= segs[k].end {
				segJunk[k].add(t)
			}
		}
		cum = windows(toks, runWords, cum, func(_ int, h uint64, j float64) {
			out = append(out, docRun{hash: h, line: i, junk: j})
		})
	}
	return out
}

// foldRune normalises one rune of a segment as CCNet does: letters are
// lower-cased, digits become '0', and anything else is dropped (ok false).
func foldRune(r rune) (folded rune, ok bool) {
	switch {
	case 'a' <= r && r <= 'z':
		return r, true
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A', true
	case '0' <= r && r <= '9':
		return '0', true
	case r < utf8.RuneSelf:
		return r, false
	case unicode.IsLetter(r):
		return unicode.ToLower(r), true
	case unicode.IsDigit(r):
		return '0', true
	}
	return r, false
}
