package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fixForm puts s in the configured normal form, reporting each changed
// normalization segment.
func fixForm(s string, form int, buf []span) (string, []span) {
	var f norm.Form
	var inert class
	switch form {
	case formNFC:
		f, inert = norm.NFC, cNFCInert
	case formNFKC:
		f, inert = norm.NFKC, cNFKCInert
	default:
		return s, nil
	}
	if allInert(s, inert) || f.QuickSpanString(s) == len(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	var it norm.Iter
	it.InitString(f, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		if string(seg) != s[start:end] {
			w.replace(start, end, string(seg), "normal_form", 1)
		}
	}
	return w.result()
}

// allInert reports whether s is ASCII and characters of the class table
// with the bit inert set: then s is in that normal form, and a table load
// per character proves it (the common case) faster than norm's quick check.
func allInert(s string, inert class) bool {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i += asciiRun(s[i:])
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= classTabSize || classTab[r]&inert == 0 {
			return false
		}
		i += n
	}
	return true
}
