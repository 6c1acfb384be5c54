package normalize

import (
	"html"
	"strings"
	"unicode/utf8"
)

// fixEntities decodes HTML character references that end in ';': named
// ones (&eacute;, and all-caps forms of Latin ones such as &EACUTE;) and
// numeric ones (&#233; &#xE9;), with 128–159 read as Windows-1252, as
// browsers do. In "auto" mode a line that contains '<' looks like markup and
// is left alone.
func fixEntities(s string, mode int, buf []span) (string, []span) {
	if mode == entitiesOff || strings.IndexByte(s, '&') < 0 {
		return s, nil
	}
	if mode == entitiesAuto && strings.IndexByte(s, '<') >= 0 {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '&')
		if j < 0 {
			break
		}
		i += j
		n := entityLen(s[i:])
		if n == 0 {
			i++
			continue
		}
		ref := s[i : i+n]
		dec := html.UnescapeString(ref)
		if dec == ref {
			dec = upperEntity(ref)
		}
		// html.UnescapeString also decodes a known prefix ("&notin;" is
		// fine, but "&notaname;" would become "¬aname;"): a leftover ';'
		// means the name as a whole is unknown.
		if dec != ref && dec != "" && !strings.Contains(dec, ";") && utf8.ValidString(dec) {
			w.replace(i, i+n, dec, "entities", 0.99)
		}
		i += n
	}
	return w.result()
}

// entityLen returns the length of the character reference at the start of
// s, or 0.
func entityLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	if s[1] == '#' {
		i = 2
		hex := false
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			hex = true
			i++
		}
		start := i
		for i < len(s) && i-start < 8 && (isDigit(rune(s[i])) || hex && isHexLetter(s[i])) {
			i++
		}
		if i == start || i >= len(s) || s[i] != ';' {
			return 0
		}
		return i + 1
	}
	for i < len(s) && i < 40 && (isLetter(rune(s[i])) && s[i] < 0x80 || i > 1 && isDigit(rune(s[i]))) {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

func isHexLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'f' }

// upperEntity decodes all-caps spellings of entities for accented letters
// (&EACUTE; for É), which some old pages use.
func upperEntity(ref string) string {
	name := ref[1 : len(ref)-1]
	if len(name) < 3 || strings.ToUpper(name) != name {
		return ref
	}
	lower := "&" + strings.ToLower(name) + ";"
	dec := html.UnescapeString(lower)
	if dec == lower {
		return ref
	}
	r, n := utf8.DecodeRuneInString(dec)
	if n != len(dec) || !isLetter(r) {
		return ref
	}
	return strings.ToUpper(dec)
}
