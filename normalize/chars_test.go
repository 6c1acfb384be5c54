package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestMapsLow checks the fast path of fixChars: a rune whose bit in
// mapsLow is clear is mapped by no preset and after no character.
func TestMapsLow(t *testing.T) {
	var cs []config
	for _, o := range []Options{{}, {Preset: "ftfy"}, {Quotes: "curly"}, {Dashes: "ascii", Ellipsis: "ascii"}} {
		n, err := New(o)
		require.NoError(t, err)
		cs = append(cs, n.c)
	}
	cs = append(cs, config{invisibles: true, spaces: true, width: true, ligatures: true, lineBreaks: true,
		ellipsis: true, dashes: true, quotes: quotesASCII, ftfy: true})
	for r := rune(0x80); r < mapsLowSize; r++ {
		if mapsLow[r>>6]&(1<<(r&63)) != 0 {
			continue
		}
		for _, c := range cs {
			for _, prev := range []rune{0, 'a', '1', ' ', 'é', 0x1F600} {
				_, _, ok := c.mapRune(r, prev)
				require.False(t, ok, "%U after %U is mapped but its mapsLow bit is clear", r, prev)
			}
		}
	}
	// The bits are not all clear: the common targets are in the table.
	for _, r := range []rune{0xA0, 0xAD, 0x2019, 0x201C, 0x2014, 0x2026, 0x200D} {
		require.NotZero(t, mapsLow[r>>6]&(1<<(r&63)), "%U", r)
	}
}
