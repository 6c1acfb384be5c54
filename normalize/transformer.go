package normalize

import (
	"bytes"
	"strings"

	"golang.org/x/text/transform"
)

// Transformer returns a streaming transformer applying the same fixers as
// String: the output does not depend on how the input is split into
// Transform calls. It buffers at most one segment (MaxLine bytes) of input
// and that segment's output. Each call returns a new transformer.
func (n *Normalizer) Transformer() transform.Transformer {
	return &transformer{n: n}
}

type transformer struct {
	n   *Normalizer
	st  layoutState
	sc  scratch
	in  []byte // the unfinished segment
	out []byte // output not yet written
	off int    // out[:off] is written
}

// Reset implements transform.Transformer.
func (t *transformer) Reset() {
	t.st = layoutState{}
	t.in = t.in[:0]
	t.out = t.out[:0]
	t.off = 0
}

// Transform implements transform.Transformer.
func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if t.off < len(t.out) {
			k := copy(dst[nDst:], t.out[t.off:])
			nDst += k
			t.off += k
			if t.off < len(t.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		t.out, t.off = t.out[:0], 0
		eof := atEOF && nSrc == len(src)
		if len(t.in) > 0 {
			seg := string(t.in)
			m := segmentLen(seg)
			// The cut is final when a line break ends the segment before
			// the buffered bytes do, or when no more bytes can change it.
			final := m < len(seg) || eof || len(seg) > MaxLine || seg[len(seg)-1] == '\n' ||
				strings.HasSuffix(seg, "\u2028") || strings.HasSuffix(seg, "\u2029")
			if final {
				out, _, _ := t.n.segment(seg[:m], &t.st, &t.sc, eof && m == len(seg), false)
				t.out = append(t.out, out...)
				t.in = append(t.in[:0], seg[m:]...)
				continue
			}
		}
		if nSrc == len(src) {
			return nDst, nSrc, nil
		}
		// Take input up to the next line feed, keeping at most one
		// segment and a few bytes of lookahead.
		rest := src[nSrc:]
		k := min(len(rest), MaxLine+8-len(t.in))
		if i := bytes.IndexByte(rest[:k], '\n'); i >= 0 {
			k = i + 1
		}
		t.in = append(t.in, rest[:k]...)
		nSrc += k
	}
}
