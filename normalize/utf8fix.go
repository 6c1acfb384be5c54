package normalize

import "unicode/utf8"

// fixUTF8 repairs invalid UTF-8 (rule "utf8"). Surrogate pairs written as
// CESU-8 become the character they stand for; a lone surrogate becomes
// U+FFFD; any other invalid byte is read as Windows-1252, which is what a
// stray non-UTF-8 byte in a scraped page almost always is (0xE9 is 'é').
func fixUTF8(s string, buf []span) (string, []span) {
	if utf8.ValidString(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		if r, ok := cesuPair(s[i:]); ok {
			w.replace(i, i+6, string(r), "utf8", 0.9)
			i += 6
			continue
		}
		if len(s)-i >= 3 && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			w.replace(i, i+3, "\uFFFD", "utf8", 0.9)
			i += 3
			continue
		}
		w.replace(i, i+1, string(tables.decode[0][s[i]]), "utf8", 0.7)
		i++
	}
	return w.result()
}

func cesuPair(s string) (rune, bool) {
	if len(s) < 6 || s[0] != 0xED || s[1] < 0xA0 || s[1] > 0xAF || s[2]&0xC0 != 0x80 ||
		s[3] != 0xED || s[4] < 0xB0 || s[4] > 0xBF || s[5]&0xC0 != 0x80 {
		return 0, false
	}
	hi := rune(s[1]&0x0F)<<6 | rune(s[2]&0x3F)
	lo := rune(s[4]&0x0F)<<6 | rune(s[5]&0x3F)
	return 0x10000 + hi<<10 | lo, true
}
