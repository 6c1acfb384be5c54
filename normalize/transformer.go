package normalize

import (
	"bytes"

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
		// Take input up to the end of a segment.
		if nSrc < len(src) {
			rest := src[nSrc:]
			room := MaxLine + 8 - len(t.in)
			k := min(len(rest), room)
			if i := bytes.IndexByte(rest[:k], '\n'); i >= 0 {
				k = i + 1
			}
			t.in = append(t.in, rest[:k]...)
			nSrc += k
		}
		full := len(t.in) > 0 && t.in[len(t.in)-1] == '\n'
		eof := atEOF && nSrc == len(src)
		// segmentLen decides the cut exactly as String does; a segment is
		// complete when it ends in '\n', when the cut falls short of the
		// buffered bytes, or at the end of input.
		if len(t.in) == 0 || !full && !eof && len(t.in) <= MaxLine {
			if nSrc == len(src) {
				return nDst, nSrc, nil
			}
			continue
		}
		seg := string(t.in)
		m := segmentLen(seg)
		last := eof && m == len(seg)
		if !full && !eof && m == len(seg) {
			// A long line whose cut needs more context.
			if nSrc == len(src) {
				return nDst, nSrc, nil
			}
			continue
		}
		out, _ := t.n.segment(seg[:m], &t.st, last)
		t.out = append(t.out, out...)
		t.in = append(t.in[:0], seg[m:]...)
	}
}
