package normalize

import (
	"golang.org/x/text/unicode/norm"
)

// fixForm puts s in the configured normal form, reporting each changed
// normalization segment.
func fixForm(s string, form int) (string, []span) {
	var f norm.Form
	switch form {
	case formNFC:
		f = norm.NFC
	case formNFKC:
		f = norm.NFKC
	default:
		return s, nil
	}
	if f.QuickSpanString(s) == len(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s)
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
