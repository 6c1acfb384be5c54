package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding/charmap"
)

// Legitimate text in many languages and notations: the mojibake fixer must
// leave every line alone.
var cleanLines = []string{
	"Le ministre a déclaré à l'Assemblée qu'il démissionnerait « sans délai ».",
	"São Paulo e Brasília registraram temperaturas recordes; NÃO HÁ PREVISÃO DE CHUVA.",
	"Die Bürgermeisterin begrüßte die Gäste in Düsseldorf und Köln.",
	"El niño comió piñas en la mañana. ¿Qué pasó? ¡Increíble!",
	"Zażółć gęślą jaźń — powiedział minister w Łodzi.",
	"Příliš žluťoučký kůň úpěl ďábelské ódy.",
	"Ülke genelinde İstanbul ve Ankara'da ışıklar söndü.",
	"Москва, 12 марта — Правительство объявило о новых мерах. Ёлка стоит.",
	"ВІКІ та ЇЖАК: Київ, Львів, Ґалаґан.",
	"Η Αθήνα και η Θεσσαλονίκη γιορτάζουν.",
	"בהודעה רשמית נמסר כי הישיבה נדחתה.",
	"قال المتحدث إن الاجتماع سيعقد غدا.",
	"Hà Nội và Thành phố Hồ Chí Minh là hai thành phố lớn nhất Việt Nam.",
	"東京で会議が開かれた。ソウルでも同様の会合があった。",
	"Temperatures rose 3°C; the rate is ±0.5% and x² + y² = r².",
	"Price: £35, €40 or ¥5000 — about 5×£7 each.",
	"The NESTLÉ® brand and the CAFÉ™ sign were both on display…",
	"Fans shouted “ENCORE!” and the DJ’s set ran until 2 a.m.",
	"√π ≈ 1.772 and ∑ aᵢ ≤ ∞, said the ∆-team.",
	"╔══╗ ║ok║ ╚══╝ box art ├──┤",
	"Family emoji 👨‍👩‍👧 and flag 🏴󠁧󠁢󠁷󠁬󠁳󠁿 and heart ❤️.",
	"RETWEET SE VOCÊ… SÓ… MARQUÉ… HUHLL Õ…",
	"Ærøskøbing og Århus ligger i Danmark; Håøya i Norge.",
	"ÎNTÂLNIRE la București: Ștefan și Țara.",
	"Æsir, Þór and Ðórr in Íslenska.",
	"l·lusió, col·lecció and Paral·lel in Catalan.",
	"Tōkyō and Kyōto, Māori and Hawaiʻi.",
	"ОН ПОЁТ, А ЖЁЛТЫЙ ЁЖ СПИТ; ŻÓŁW I WÓŁ; À L’ÉCOLE; İŞTE; ẤN ĐỘ.",
	"Prices in the 1990s: 5½%, 10¼ and ¾ of a mile; 30°–40° and µg.",
}

func TestMojibakeLeavesCleanTextAlone(t *testing.T) {
	for _, s := range cleanLines {
		out, spans := fixMojibake(s)
		assert.Equal(t, s, out, "changed clean text")
		assert.Empty(t, spans)
	}
}

// TestMojibakeRoundTrip damages clean lines the way real pipelines do and
// checks that the fixer undoes the damage.
func TestMojibakeRoundTrip(t *testing.T) {
	encode := func(cm *charmap.Charmap, s string) string {
		var b []rune
		for _, c := range []byte(s) {
			r := cm.DecodeByte(c)
			if r == 0xFFFD {
				r = rune(c)
			}
			b = append(b, r)
		}
		return string(b)
	}
	lines := []string{
		"Le ministre a déclaré qu'il démissionnerait sans délai.",
		"Die Bürgermeisterin begrüßte die Gäste in Düsseldorf.",
		"El niño comió piñas en la mañana.",
		"He said it’s “fine” — really… fine.",
		"Москва объявила о новых мерах.",
		"Příliš žluťoučký kůň úpěl ďábelské ódy.",
		"Il caffè è già pronto, però non c'è zucchero.",
	}
	for _, s := range lines {
		for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.Windows1250, charmap.Windows1251, charmap.Macintosh} {
			bad := encode(cm, s)
			if bad == s {
				continue
			}
			got := bad
			for i := 0; i < maxLayers; i++ {
				got, _ = fixMojibake(got)
			}
			assert.Equal(t, s, got, "%s: from %q", cm, bad)
			// Twice over.
			bad2 := encode(cm, bad)
			got = bad2
			for i := 0; i < maxLayers; i++ {
				got, _ = fixMojibake(got)
			}
			assert.Equal(t, s, got, "%s twice: from %q", cm, bad2)
		}
	}
}

func TestASCIIRun(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"abcdefgh", 8},
		{"abcdefghé", 8},
		{"abcdefghijklmnopé", 16},
		{"abcdefghijkélmnop", 11},
		{"é", 0},
		{"a\x7f\x80", 2},
	} {
		assert.Equal(t, tc.want, asciiRun(tc.in), "%q", tc.in)
	}
}

func TestPrintableRun(t *testing.T) {
	slow := func(s string) int {
		i := 0
		for i < len(s) && s[i] >= 0x20 && s[i] < 0x7F {
			i++
		}
		return i
	}
	var cases []string
	for _, b := range []byte{0, 0x09, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC3, 0xFF} {
		for pos := 0; pos < 20; pos++ {
			s := []byte("abcdefghijklmnopqrst")
			s[pos] = b
			cases = append(cases, string(s))
		}
	}
	cases = append(cases, "", "~~~~~~~~~~~~~~~~", "        \x7f", "\xff\xff\xff\xff\xff\xff\xff\xff")
	for _, s := range cases {
		assert.Equal(t, slow(s), printableRun(s), "%q", s)
	}
}
