package normalize

import (
	"golang.org/x/text/encoding/charmap"
)

// The single-byte encodings that UTF-8 is commonly mis-decoded as, in the
// order the mojibake fixer prefers them when two explain a span equally well.
//
// Every table is "sloppy", as web browsers are: bytes that the standard
// leaves undefined decode to the code point with the same number (0x81 to
// U+0081), so that no byte is ever lost. The Windows-1252 table also accepts
// the C1 controls U+0080–U+009F for bytes 0x80–0x9F, which makes it the union
// of Windows-1252 and Latin-1: real mojibake often mixes the two.
var encodings = [...]struct {
	name string
	cm   *charmap.Charmap
}{
	{"windows-1252", charmap.Windows1252},
	{"windows-1251", charmap.Windows1251},
	{"windows-1250", charmap.Windows1250},
	{"windows-1253", charmap.Windows1253},
	{"windows-1254", charmap.Windows1254},
	{"windows-1257", charmap.Windows1257},
	{"iso-8859-2", charmap.ISO8859_2},
	{"macintosh", charmap.Macintosh},
	{"cp437", charmap.CodePage437},
}

const numEnc = len(encodings)

// encodeTable maps a rune to the byte each encoding gives it, 0 where the
// encoding has no byte ≥ 0x80 for it.
type encodeTable [numEnc]byte

// charsets holds the decode and encode tables. It is built once and never
// written afterwards.
type charsets struct {
	decode [numEnc][256]rune
	low    [0x500]encodeTable    // runes below U+0500
	mid    [0x600]encodeTable    // runes U+2000–U+25FF
	high   map[rune]*encodeTable // the rest
	masks  [0x2600]byteMasks     // runes below U+2600
}

// byteMasks tell in which encodings a rune is a UTF-8 lead byte (C2–F4) and
// in which a continuation byte (80–BF), one bit per encoding.
// long: the encodings in which it leads a sequence of three or four bytes
// (E0–F4).
type byteMasks struct{ lead, cont, long uint16 }

func masksFor(t *encodeTable) byteMasks {
	var m byteMasks
	for e, b := range t {
		switch {
		case b >= 0x80 && b < 0xC0:
			m.cont |= 1 << e
		case b >= 0xC2 && b <= 0xF4:
			m.lead |= 1 << e
			if b >= 0xE0 {
				m.long |= 1 << e
			}
		}
	}
	return m
}

// masksOf returns the byte masks of r.
func (c *charsets) masksOf(r rune) byteMasks {
	if r < 0x2600 {
		return c.masks[r]
	}
	return masksFor(c.bytesOf(r))
}

var tables = newCharsets()

func newCharsets() *charsets {
	c := &charsets{high: make(map[rune]*encodeTable)}
	for e, enc := range encodings {
		for b := 0; b < 256; b++ {
			r := rune(b)
			if b >= 0x80 {
				r = enc.cm.DecodeByte(byte(b))
				if r == 0xFFFD {
					r = rune(b) // sloppy: undefined bytes keep their number
				}
			}
			c.decode[e][b] = r
			if b >= 0x80 {
				c.set(r, e, byte(b))
			}
		}
	}
	// Latin-1 view of Windows-1252: raw C1 controls are bytes 0x80–0x9F too.
	for b := 0x80; b < 0xA0; b++ {
		c.set(rune(b), 0, byte(b))
	}
	for r := rune(0x2000); r < 0x2600; r++ {
		if t := c.high[r]; t != nil {
			c.mid[r-0x2000] = *t
		}
	}
	for r := rune(0x80); r < 0x2600; r++ {
		c.masks[r] = masksFor(c.bytesOf(r))
	}
	return c
}

func (c *charsets) set(r rune, e int, b byte) {
	if r < 0x500 {
		if c.low[r][e] == 0 {
			c.low[r][e] = b
		}
		return
	}
	t := c.high[r]
	if t == nil {
		t = new(encodeTable)
		c.high[r] = t
	}
	if t[e] == 0 {
		t[e] = b
	}
}

var noBytes encodeTable

// bytesOf returns the bytes each encoding gives r (0: none).
func (c *charsets) bytesOf(r rune) *encodeTable {
	if r < 0x500 {
		return &c.low[r]
	}
	if r < 0x2000 || (r >= 0x2600 && r != 0xF8FF && r != 0xFB01 && r != 0xFB02) {
		return &noBytes
	}
	if r < 0x2600 {
		return &c.mid[r-0x2000]
	}
	if t := c.high[r]; t != nil {
		return t
	}
	return &noBytes
}
