package normalize

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Character classes the mojibake heuristic reasons with.

func isLetterSlow(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return r != 'ƒ' && unicode.IsLetter(r) // ƒ is the florin sign in practice
}

func isLowerSlow(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return r != 'ƒ' && unicode.IsLower(r)
}

func isUpperSlow(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isMarkSlow(r rune) bool { return r >= 0x300 && unicode.Is(unicode.M, r) }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isSymbolish reports a non-ASCII character that is neither a letter, a
// mark, a decimal digit nor a space: punctuation, symbols, superscripts,
// fractions, controls.
func isSymbolishSlow(r rune) bool {
	if r < 0x80 || r == 0xFFFD {
		return false
	}
	if r == 'ƒ' {
		return true
	}
	return !unicode.IsLetter(r) && !isMarkSlow(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r)
}

// script returns a small script code for letters: 1 Latin, 2 Greek,
// 3 Cyrillic, 4 Hebrew, 5 Arabic, 6 CJK, kana and Hangul, 7 anything else.
func scriptSlow(r rune) int {
	switch {
	case r < 0x250 || (r >= 0x1E00 && r < 0x1F00):
		return 1
	case r >= 0x370 && r < 0x400 || (r >= 0x1F00 && r < 0x2000):
		return 2
	case r >= 0x400 && r < 0x530:
		return 3
	case r >= 0x590 && r < 0x600:
		return 4
	case r >= 0x600 && r < 0x700:
		return 5
	case r >= 0x1100 && r < 0x1200, r >= 0x2E80 && r < 0xA000, r >= 0xAC00 && r < 0xD7B0,
		r >= 0xF900 && r < 0xFB00, r >= 0x20000:
		return 6 // CJK, kana, Hangul
	}
	return 7
}

// isRareLead reports the capitals that begin most Windows-1252 mojibake and
// are rare in real text: Â and Ã (UTF-8 lead bytes C2 and C3), Î and Ð
// (Greek and Cyrillic lead bytes CE and D0).
func isRareLead(r rune) bool { return r == 'Â' || r == 'Ã' || r == 'Î' || r == 'Ð' }

// isCont1252 reports a character that Windows-1252 or Latin-1 decodes from a
// UTF-8 continuation byte (0x80–0xBF).
func isCont1252Slow(r rune) bool {
	b := tables.bytesOf(r)[0]
	return b >= 0x80 && b < 0xC0
}

// isApostrophe reports characters used as apostrophes or quotes inside
// words in real text.
func isApostrophe(r rune) bool {
	switch r {
	case '’', '‘', 'ʼ', '´', '`', 'ʻ':
		return true
	}
	return false
}

func isDash(r rune) bool { return r >= 0x2010 && r <= 0x2015 || r == '−' }

// isOddAfterLetter reports symbols that real text never puts directly after
// an accented letter, but that Windows-1252 and MacRoman mojibake produce
// there all the time.
func isOddAfterLetter(r rune) bool {
	switch r {
	case '¶', '¤', '¦', '¨', '¯', '¸', '¬', '±', '³', '²', '¹', '¼', '½', '¾', '¢',
		'†', '‡', 'ˆ', '‰', '‹', '›', '•', '˜', 'ƒ', '‚', '„', '∂', '∑', '∏', '∫', '√',
		'≈', '≠', '≤', '≥', '◊', '∞', 'Ω', '¡', '¿', '§', 'ª', 'º':
		return true
	}
	return r >= 0x80 && r < 0xA0
}

// isMathOrBox reports mathematical operators, box drawing and blocks: the
// bulk of MacRoman and CP437 mojibake.
func isMathOrBoxSlow(r rune) bool {
	return r >= 0x2200 && r < 0x2300 || r >= 0x2500 && r < 0x25A0 || r == '◊' || r == 'ƒ'
}

// rarity scores characters that are unlikely to be the true text behind
// mojibake: IPA and modifier letters, Armenian, Hebrew points, Syriac,
// Thaana and other rare scripts, phonetic extensions. Real text in those
// scripts is never the result of mis-decoding Western text, so the fixer
// never decodes into them without other evidence.
func raritySlow(r rune) int {
	switch {
	case r < 0x180:
		if r == 0x17F {
			return 2 // long s: archaic, and CP437 box drawing decodes to it
		}
		return 0
	case r < 0x250:
		switch {
		case r == 0x192, r == 0x1A0, r == 0x1A1, r == 0x1AF, r == 0x1B0,
			r >= 0x1C4 && r <= 0x1DC, r >= 0x218 && r <= 0x21B:
			return 0
		}
		return 2
	case r < 0x300:
		switch r {
		case 0x2BB, 0x2BC, 0x2C6, 0x2C7, 0x2C9, 0x2D8, 0x2D9, 0x2DA, 0x2DB, 0x2DC, 0x2DD:
			return 0
		}
		return 2
	case r < 0x370:
		return 0 // combining diacritics
	case r < 0x500:
		return 0
	case r < 0x591:
		return 2 // Cyrillic supplement, Armenian
	case r < 0x5D0:
		return 2 // Hebrew points
	case r < 0x600:
		return 0
	case r < 0x620:
		if r == 0x60C || r == 0x61B || r == 0x61F {
			return 0
		}
		return 2
	case r < 0x700:
		if r >= 0x6D6 && r <= 0x6ED {
			return 2 // Quranic annotation marks
		}
		return 0
	case r < 0x900:
		return 2
	case r >= 0x1680 && r < 0x1E00:
		return 2
	case r >= 0xE000 && r < 0xF900:
		return 3 // private use
	}
	if !unicode.IsGraphic(r) && !unicode.Is(unicode.Cf, r) {
		return 3 // unassigned
	}
	return 0
}

// acceptable reports whether r may be the result of decoding mojibake.
func acceptable(r rune) bool {
	if r >= 0 && r < classTabSize {
		return classTab[r]&cAcceptable != 0
	}
	return acceptableSlow(r)
}

func acceptableSlow(r rune) bool {
	if r == 0xFFFD {
		return true
	}
	if r < 0xA0 || (r >= 0xE000 && r < 0xF900) || r >= 0xF0000 || r&0xFFFE == 0xFFFE || (r >= 0xFDD0 && r <= 0xFDEF) {
		return false
	}
	return unicode.IsGraphic(r) || unicode.Is(unicode.Cf, r)
}

// weirdness scores how unlike real text a run of characters is. The
// mojibake fixer decodes a span only when decoding lowers this score.
func weirdness(rs []rune) int {
	w := 0
	var pc, all class
	for i, r := range rs {
		// ASCII is never rare, an ASCII pair scores nothing, and symbols
		// inside words (below) are found only among non-ASCII characters:
		// ASCII after ASCII can be passed over.
		if r < 0x80 && (i == 0 || rs[i-1] < 0x80) {
			continue
		}
		c := classOf(r)
		all |= c
		if r >= 0x80 && r < 0xA0 {
			w += 3 // a C1 control
		} else {
			w += int(c>>cRarityShift) & 3
		}
		if i == 0 {
			pc = c
			continue
		}
		p := rs[i-1]
		if p < 0x80 {
			pc = classTab[p] // it may have been passed over
		}
		if c&cCont1252 != 0 && isRareLead(p) && r != '’' {
			if p == 'Ã' && r == '¥' {
				// Ã¥ is å in Latin-1 but as likely something else in
				// MacRoman; python-ftfy leaves it too (issue #202).
				w--
			} else {
				w += 2
			}
		}
		if pc&cLower != 0 && c&cUpper != 0 {
			if r == 'Ã' || r == 'Â' {
				w += 2
			} else {
				w++
			}
		}
		if pc&c&cLetter != 0 {
			ps, rsc := int(pc>>cScriptShift)&7, int(c>>cScriptShift)&7
			switch {
			case ps == rsc:
			case ps <= 5 && rsc <= 5:
				w++
			case ps == 1 && rsc == 6 || ps == 6 && rsc == 1:
				w += 2 // CJK or Hangul glued to a Latin word
			}
		}
		if pc&cMathBox != 0 && (c&cLetter != 0 || c&cSym != 0 && !isBox(p)) || pc&cLetter != 0 && c&cMathBox != 0 {
			w++
		}
		// Capitals inside a word that goes on in lower case: MĂĄm.
		if pc&c&cUpper != 0 && (p >= 0x80 || r >= 0x80) && i+1 < len(rs) && isLower(rs[i+1]) && (p >= 0x80 && r >= 0x80 || i >= 2 && isLetter(rs[i-2])) {
			w++
		}
		if p >= 0x80 && pc&cLetter != 0 && c&cOddAfter != 0 {
			w++
		}
		pc = c
	}
	// Symbols inside a word.
	if all&cSym == 0 {
		return w
	}
	for i := 1; i < len(rs); {
		if rs[i] < 0x80 || !isSymbolish(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isSymbolish(rs[j]) {
			j++
		}
		if j < len(rs) {
			l, r := rs[i-1], rs[j]
			inWord := (isLetter(l) || isMark(l)) && (isLetter(r) || isDigit(r)) || isDigit(l) && isLetter(r)
			if inWord && !(j-i == 1 && benignInWord(l, rs[i])) && !allBox(rs[i:j]) {
				w += 1 + min(j-i, 3)
			}
		}
		i = j
	}
	return w
}

// benignInWord reports a single character that real text puts between
// letters: apostrophes, dashes, currency signs, the Catalan middle dot.
func benignInWord(prev, r rune) bool {
	if r == '´' || r == '`' {
		return prev < 0x80
	}
	return isApostrophe(r) || isDash(r) || unicode.Is(unicode.Sc, r) || r == '·' && (prev == 'l' || prev == 'L')
}

func isBox(r rune) bool { return r >= 0x2500 && r < 0x25A0 }

func allBox(rs []rune) bool {
	for _, r := range rs {
		if !isBox(r) {
			return false
		}
	}
	return true
}

// A class packs what the mojibake heuristic asks of a character, so that
// the common characters cost one table load.
type class uint16

const (
	cLetter class = 1 << iota
	cUpper
	cLower
	cMark
	cSym
	cMathBox
	cCont1252
	cAcceptable       // may be the result of decoding mojibake
	cRarityShift = 8  // 2 bits
	cScriptShift = 10 // 3 bits
	// cNFCInert and cNFKCInert mark characters that are their own normal
	// form, have combining class 0 and never combine with what precedes
	// them: a text of such characters is in that normal form.
	cNFCInert  class = 1 << 13
	cNFKCInert class = 1 << 14
	cOddAfter  class = 1 << 15 // see isOddAfterLetter
)

const classTabSize = 0x2600

var classTab = func() *[classTabSize]class {
	var t [classTabSize]class
	for r := rune(0); r < classTabSize; r++ {
		t[r] = computeClass(r)
		if inertIn(norm.NFC, r) {
			t[r] |= cNFCInert
		}
		if inertIn(norm.NFKC, r) {
			t[r] |= cNFKCInert
		}
	}
	return &t
}()

func computeClass(r rune) class {
	var c class
	if isLetterSlow(r) {
		c |= cLetter | class(scriptSlow(r))<<cScriptShift
	}
	if isUpperSlow(r) {
		c |= cUpper
	}
	if isLowerSlow(r) {
		c |= cLower
	}
	if isMarkSlow(r) {
		c |= cMark
	}
	if isSymbolishSlow(r) {
		c |= cSym
	}
	if isMathOrBoxSlow(r) {
		c |= cMathBox
	}
	if r >= 0x80 && isCont1252Slow(r) {
		c |= cCont1252
	}
	if acceptableSlow(r) {
		c |= cAcceptable
	}
	if isOddAfterLetter(r) {
		c |= cOddAfter
	}
	c |= class(rarityOf(r)) << cRarityShift
	return c
}

// inertIn reports whether r is its own normal form in f, has combining
// class 0 and combines with nothing before it.
func inertIn(f norm.Form, r rune) bool {
	if r >= 0xD800 && r < 0xE000 {
		return false
	}
	s := string(r)
	p := f.PropertiesString(s)
	return f.String(s) == s && p.CCC() == 0 && p.BoundaryBefore()
}

func rarityOf(r rune) int {
	if r < 0x17F {
		return 0
	}
	return raritySlow(r)
}

func classOf(r rune) class {
	if r >= 0 && r < classTabSize {
		return classTab[r]
	}
	return computeClass(r)
}

func isLetter(r rune) bool    { return classOf(r)&cLetter != 0 }
func isLower(r rune) bool     { return classOf(r)&cLower != 0 }
func isUpper(r rune) bool     { return classOf(r)&cUpper != 0 }
func isMark(r rune) bool      { return classOf(r)&cMark != 0 }
func isSymbolish(r rune) bool { return classOf(r)&cSym != 0 }
func script(r rune) int       { return int(classOf(r)>>cScriptShift) & 7 }
