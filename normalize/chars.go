package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// fixChars is one pass over the runes of s for the fixers that map single
// characters: invisibles, spaces, width, ligatures, quotes ("ascii"),
// dashes, ellipsis and line breaks.
func (c *config) fixChars(s string, buf []span) (string, []span) {
	i := printableRun(s)
	for ; i < len(s); i++ {
		if b := s[i]; b >= 0x80 || b == '\r' && c.lineBreaks {
			break
		}
	}
	if i == len(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	prev := rune(0)
	if i > 0 {
		prev = rune(s[i-1])
	}
	for i < len(s) {
		if s[i] < 0x80 {
			if s[i] == '\r' && c.lineBreaks {
				if i+1 < len(s) && s[i+1] == '\n' {
					w.replace(i, i+1, "", "line_breaks", 1)
				} else {
					w.replace(i, i+1, "\n", "line_breaks", 1)
				}
			}
			prev = rune(s[i])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < mapsLowSize && mapsLow[r>>6]&(1<<(r&63)) == 0 {
			prev = r // no option maps r
			i += n
			continue
		}
		if after, rule, ok := c.mapRune(r, prev); ok {
			w.replace(i, i+n, after, rule, 1)
			// prev is the last character of the output, so that a run of
			// joiners after removed debris goes too.
			if after != "" {
				prev, _ = utf8.DecodeLastRuneInString(after)
			}
		} else {
			prev = r
		}
		i += n
	}
	return w.result()
}

// mapsLow has a bit set for each rune below mapsLowSize that mapRune maps
// under some options and after some character. With every option on and
// no character before (which removes joiners), mapRune maps exactly those:
// each case maps only with its option, and the quotes that ftfy's subset
// maps are a subset of the full list.
var mapsLow = func() (m [mapsLowSize / 64]uint64) {
	all := config{invisibles: true, spaces: true, width: true, ligatures: true, lineBreaks: true,
		ellipsis: true, dashes: true, quotes: quotesASCII}
	for r := rune(0x80); r < mapsLowSize; r++ {
		if _, _, ok := all.mapRune(r, 0); ok {
			m[r>>6] |= 1 << (r & 63)
		}
	}
	return m
}()

const mapsLowSize = 0x3000

// mapRune returns the replacement for r, which follows prev in the input.
func (c *config) mapRune(r, prev rune) (string, string, bool) {
	switch {
	case r == 0x00AD || r == 0x200B || r == 0x2060 || r == 0x180E:
		if c.invisibles {
			return "", "invisibles", true
		}
	case r == 0x200D || r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0020 && r <= 0xE007F || r >= 0xE0100 && r <= 0xE01EF:
		// Joiners, variation selectors and tags belong to emoji and
		// complex scripts; after ASCII (or at the start) they are debris.
		keep := prev >= 0x80 && prev != ' ' || (r == 0xFE0F || r == 0xFE0E) && (isDigit(prev) || prev == '#' || prev == '*')
		if c.invisibles && !keep {
			return "", "invisibles", true
		}
	case r == 0x00A0 || r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x202F || r == 0x205F:
		if c.spaces {
			return " ", "spaces", true
		}
	case r == 0x3000:
		if c.spaces {
			return " ", "spaces", true
		}
		if c.width {
			return " ", "width", true
		}
	case r >= 0xFF01 && r <= 0xFFEE:
		if c.width {
			if f := width.LookupRune(r).Folded(); f != 0 && f != r {
				return string(f), "width", true
			}
		}
	case r >= 0xFB00 && r <= 0xFB06 || r == 'Ĳ' || r == 'ĳ' || r == 'ŉ' || r >= 0x01C4 && r <= 0x01CC || r >= 0x01F1 && r <= 0x01F3:
		if c.ligatures {
			return ligature(r), "ligatures", true
		}
	case r == 0x2028 || r == 0x2029 || r == 0x85:
		if c.lineBreaks {
			return "\n", "line_breaks", true
		}
	case r == '…':
		if c.ellipsis {
			return "...", "ellipsis", true
		}
	case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
		if c.dashes {
			if r == 0x2014 || r == 0x2015 {
				return "--", "dashes", true
			}
			return "-", "dashes", true
		}
	}
	if c.quotes == quotesASCII {
		if q := asciiQuote(r, c.ftfy); q != "" {
			return q, "quotes", true
		}
	}
	return "", "", false
}

// asciiQuote returns the ASCII form of a quote-like character, or "".
// python-ftfy maps only U+02BC and U+2018–U+201F.
func asciiQuote(r rune, ftfy bool) string {
	switch {
	case r == 0x02BC || r >= 0x2018 && r <= 0x201B:
		return "'"
	case r >= 0x201C && r <= 0x201F:
		return `"`
	case ftfy:
		return ""
	}
	switch r {
	case '‹', '›', '′', '‵', '❛', '❜':
		return "'"
	case '«', '»', '″', '‶', '〝', '〞', '〟', '❝', '❞':
		return `"`
	}
	return ""
}

func ligature(r rune) string {
	switch r {
	case 0xFB00:
		return "ff"
	case 0xFB01:
		return "fi"
	case 0xFB02:
		return "fl"
	case 0xFB03:
		return "ffi"
	case 0xFB04:
		return "ffl"
	case 0xFB05, 0xFB06:
		return "st"
	case 'Ĳ':
		return "IJ"
	case 'ĳ':
		return "ij"
	case 'ŉ':
		return "ʼn"
	case 'Ǆ':
		return "DŽ"
	case 'ǅ':
		return "Dž"
	case 'ǆ':
		return "dž"
	case 'Ǉ':
		return "LJ"
	case 'ǈ':
		return "Lj"
	case 'ǉ':
		return "lj"
	case 'Ǌ':
		return "NJ"
	case 'ǋ':
		return "Nj"
	case 'ǌ':
		return "nj"
	case 'Ǳ':
		return "DZ"
	case 'ǲ':
		return "Dz"
	case 'ǳ':
		return "dz"
	}
	return string(r)
}
