package normalize

import "unicode/utf8"

// fixControls repairs C1 controls that stand for Windows-1252 characters
// (rule "c1"), and removes ANSI terminal escapes and other control and
// deprecated format characters (rule "controls"). Tab, line feed, form feed
// and carriage return stay; so do the C1 controls Windows-1252 leaves
// undefined when ftfy is set (python-ftfy keeps them).
func fixControls(s string, ftfy bool, buf []span) (string, []span) {
	i := printableRun(s)
	for ; i < len(s); i++ {
		c := s[i]
		if !controlLead[c] {
			continue
		}
		if c < 0x20 || c == 0x7F {
			break
		}
		if i+1 < len(s) {
			d := s[i+1]
			if c == 0xC2 && d < 0xA0 ||
				c == 0xE2 && d == 0x81 && i+2 < len(s) && s[i+2] >= 0xAA && s[i+2] <= 0xAF ||
				c == 0xEF && (d == 0xBB || d == 0xBF) {
				break
			}
		}
	}
	if i == len(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == 0x1B:
				n := ansiLen(s[i:])
				w.replace(i, i+n, "", "controls", 1)
				i += n
				continue
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F:
				w.replace(i, i+1, "", "controls", 1)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x80 && r < 0xA0:
			d := tables.decode[0][r]
			if d != r {
				w.replace(i, i+n, string(d), "c1", 0.9)
			} else if !ftfy {
				w.replace(i, i+n, "", "controls", 0.9)
			}
		case r == 0xFEFF || r >= 0x206A && r <= 0x206F || r >= 0xFFF9 && r <= 0xFFFC:
			w.replace(i, i+n, "", "controls", 1)
		}
		i += n
	}
	return w.result()
}

// controlLead marks the bytes that may begin what fixControls changes:
// control characters but tab, line feed, carriage return and form feed,
// DEL, and the first bytes of C1 controls (C2), U+206A–U+206F (E2) and
// U+FEFF, U+FFF9–U+FFFC (EF).
var controlLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r' && c != '\f'
	}
	t[0x7F], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

// ansiLen returns the length of the terminal escape at the start of s (at
// least 1: a lone ESC).
func ansiLen(s string) int {
	if len(s) < 2 || s[1] != '[' {
		return 1
	}
	i := 2
	for i < len(s) && (isDigit(rune(s[i])) || s[i] == ';' || s[i] == '?') {
		i++
	}
	if i < len(s) && ('a' <= s[i]|0x20 && s[i]|0x20 <= 'z') {
		return i + 1
	}
	return 1
}
