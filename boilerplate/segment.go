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
		switch {
		case 'a' <= r && r <= 'z':
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case '0' <= r && r <= '9':
			r = '0'
		case r < utf8.RuneSelf:
			// ASCII space, punctuation or symbol: a word break at most.
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
				pendingSpace = n > 0
			}
			continue
		case unicode.IsLetter(r):
			r = unicode.ToLower(r)
		case unicode.IsDigit(r):
			r = '0'
		case unicode.IsSpace(r):
			pendingSpace = n > 0
			continue
		default:
			continue
		}
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
		units = splitUnits(s[off:], units)
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
