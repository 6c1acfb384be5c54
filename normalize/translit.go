package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// transliterate rewrites non-ASCII characters as ASCII (rule
// "transliterate"): accents are dropped (café → cafe), letters without a
// decomposition come from our own table (ß → ss, ø → o, Cyrillic and Greek
// by simple romanisation), compatibility forms are unfolded (½ → 1/2) and
// punctuation takes its ASCII form. Characters with no ASCII form (CJK,
// emoji) are kept rather than lost.
func transliterate(s string, buf []span) (string, []span) {
	i := 0
	for ; i < len(s) && s[i] < 0x80; i++ {
	}
	if i == len(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	for i < len(s) {
		if s[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if a, ok := asciiOf(r); ok {
			// Capitalise a multi-letter romanisation only when the next
			// letter is upper case too (ЩИ → SHCHI, Щи → Shchi).
			if len(a) > 1 && isUpper(r) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				if isUpper(next) {
					a = strings.ToUpper(a)
				}
			}
			w.replace(i, i+n, a, "transliterate", 0.9)
		}
		i += n
	}
	return w.result()
}

// asciiOf returns the ASCII form of r.
func asciiOf(r rune) (string, bool) {
	if a, ok := translitTable[r]; ok {
		return a, true
	}
	d := norm.NFKD.String(string(r))
	var b strings.Builder
	for _, x := range d {
		switch {
		case unicode.Is(unicode.Mn, x):
		case x < 0x80:
			b.WriteRune(x)
		case x == 0x2044:
			b.WriteByte('/')
		default:
			if a, ok := translitTable[x]; ok {
				b.WriteString(a)
			} else {
				return "", false
			}
		}
	}
	if b.Len() == 0 {
		return "", false
	}
	return b.String(), true
}

// translitTable is our own romanisation of the letters and symbols that do
// not decompose to ASCII. Cyrillic follows the simple scheme newsrooms use
// (BGN/PCGN without diacritics); Greek follows ELOT 743 without accents.
var translitTable = func() map[rune]string {
	m := map[rune]string{
		'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "Ae", 'ø': "o", 'Ø': "O", 'œ': "oe", 'Œ': "Oe",
		'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "Th", 'ł': "l", 'Ł': "L",
		'ı': "i", 'ħ': "h", 'Ħ': "H", 'ŋ': "ng", 'Ŋ': "Ng", 'ſ': "s", 'ĸ': "k", 'ŀ': "l", 'Ŀ': "L",
		'ƒ': "f", 'ə': "e", 'Ə': "E",
		'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", 'ʼ': "'", '‹': "'", '›': "'",
		'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
		'‐': "-", '‑': "-", '‒': "-", '–': "-", '−': "-", '—': "--", '―': "--",
		'…': "...", '•': "*", '·': ".", '×': "x", '÷': "/", '¡': "!", '¿': "?",
		'€': "EUR", '£': "GBP", '¥': "JPY", '¢': "c", '©': "(c)", '®': "(R)", '™': "(TM)",
		'§': "S", '¶': "P", '°': " deg", '±': "+/-", 'µ': "u",
		'¹': "^1", '²': "^2", '³': "^3", '⁰': "^0", '⁴': "^4", '⁵': "^5", '⁶': "^6", '⁷': "^7", '⁸': "^8", '⁹': "^9",
		'\u00a0': " ", '\u2009': " ", '\u202f': " ",
	}
	lower := []struct {
		r rune
		a string
	}{
		{'а', "a"}, {'б', "b"}, {'в', "v"}, {'г', "g"}, {'д', "d"}, {'е', "e"}, {'ё', "yo"},
		{'ж', "zh"}, {'з', "z"}, {'и', "i"}, {'й', "y"}, {'к', "k"}, {'л', "l"}, {'м', "m"},
		{'н', "n"}, {'о', "o"}, {'п', "p"}, {'р', "r"}, {'с', "s"}, {'т', "t"}, {'у', "u"},
		{'ф', "f"}, {'х', "kh"}, {'ц', "ts"}, {'ч', "ch"}, {'ш', "sh"}, {'щ', "shch"},
		{'ъ', ""}, {'ы', "y"}, {'ь', ""}, {'э', "e"}, {'ю', "yu"}, {'я', "ya"},
		{'і', "i"}, {'ї', "yi"}, {'є', "ye"}, {'ґ', "g"}, {'ђ', "dj"}, {'ј', "j"}, {'љ', "lj"},
		{'њ', "nj"}, {'ћ', "c"}, {'џ', "dz"}, {'ў', "u"}, {'ѓ', "gj"}, {'ќ', "kj"}, {'ѕ', "dz"},
		{'α', "a"}, {'β', "v"}, {'γ', "g"}, {'δ', "d"}, {'ε', "e"}, {'ζ', "z"}, {'η', "i"},
		{'θ', "th"}, {'ι', "i"}, {'κ', "k"}, {'λ', "l"}, {'μ', "m"}, {'ν', "n"}, {'ξ', "x"},
		{'ο', "o"}, {'π', "p"}, {'ρ', "r"}, {'σ', "s"}, {'ς', "s"}, {'τ', "t"}, {'υ', "y"},
		{'φ', "f"}, {'χ', "ch"}, {'ψ', "ps"}, {'ω', "o"},
	}
	for _, l := range lower {
		m[l.r] = l.a
		if u := unicode.ToUpper(l.r); u != l.r && l.a != "" {
			m[u] = strings.ToUpper(l.a[:1]) + l.a[1:]
		}
	}
	return m
}()
