package dict

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.IndexFunc(s[i:], unicode.IsUpper) >= 0
		}
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// shape reports whether s is capitalised (first letter upper case, no
// other upper-case letter) and whether it is all capitals (every letter
// upper case). A single capital letter is both.
func shape(s string) (title, caps bool) {
	title, caps = true, true
	first := true
	for _, r := range s {
		isLetter := unicode.IsLetter(r)
		upper := unicode.IsUpper(r)
		if first && isLetter {
			title = upper
			first = false
		} else if upper {
			title = false
		}
		if isLetter && !upper {
			caps = false
		}
	}
	return title && !first, caps && !first
}

// lower returns s in lower case (it allocates when s has upper case, which
// costs the capitalised lookups of Known about 60 ns).
func lower(s string) string { return strings.ToLower(s) }

// titleCase returns s, which is in lower case, with its first letter in
// upper case.
func titleCase(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			u := unicode.ToUpper(r)
			if u == r {
				return s
			}
			return s[:i] + string(u) + s[i+utf8.RuneLen(r):]
		}
	}
	return s
}
