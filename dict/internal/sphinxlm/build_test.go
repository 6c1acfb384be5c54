package sphinxlm

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"testing"
)

// An arpa is a small model written out by hand, as an ARPA file would list
// it: log10 probabilities and back-offs, n-grams oldest word first.
type arpa struct {
	words  []string                // ids are positions
	ngrams []map[string][2]float64 // per order, "a b c" → {prob, backoff}
}

// build writes m in the trie format, independently of the reader: the
// same layout sphinxbase writes (reversed trie, 16-bit bins, bit-packed
// records sized from the declared counts plus extra records declared on
// top, which the reader must ignore).
func build(t testing.TB, m arpa, extraDeclared int) []byte {
	t.Helper()
	order := len(m.ngrams)
	id := make(map[string]uint32)
	for i, w := range m.words {
		id[w] = uint32(i)
	}
	// Records of each order, sorted by the reversed word tuple.
	type rec struct {
		rev  []uint32
		prob float64
		bo   float64
	}
	recs := make([][]rec, order)
	for n := 1; n <= order; n++ {
		for key, v := range m.ngrams[n-1] {
			f := strings.Fields(key)
			if len(f) != n {
				t.Fatalf("ngram %q in order %d", key, n)
			}
			r := rec{prob: v[0], bo: v[1]}
			for i := len(f) - 1; i >= 0; i-- {
				w, ok := id[f[i]]
				if !ok {
					t.Fatalf("ngram %q: unknown word %q", key, f[i])
				}
				r.rev = append(r.rev, w)
			}
			recs[n-1] = append(recs[n-1], r)
		}
		slices.SortFunc(recs[n-1], func(a, b rec) int { return slices.Compare(a.rev, b.rev) })
	}
	if len(recs[0]) != len(m.words) {
		t.Fatalf("%d unigrams for %d words", len(recs[0]), len(m.words))
	}
	// firstChild[n][i]: index of the first record of order n+2 under record i of order n+1.
	firstChild := make([][]uint32, order)
	for n := 0; n+1 < order; n++ {
		firstChild[n] = make([]uint32, len(recs[n])+1)
		c := 0
		for i, r := range recs[n] {
			firstChild[n][i] = uint32(c)
			for c < len(recs[n+1]) && slices.Equal(recs[n+1][c].rev[:n+1], r.rev) {
				c++
			}
		}
		firstChild[n][len(recs[n])] = uint32(c)
		if c != len(recs[n+1]) {
			t.Fatalf("order %d: an n-gram whose prefix (reversed) is not listed", n+2)
		}
	}
	declared := make([]uint32, order)
	for n := range declared {
		declared[n] = uint32(len(recs[n]))
		if n > 0 {
			declared[n] += uint32(extraDeclared)
		}
	}

	var out bytes.Buffer
	le := func(v any) { _ = binary.Write(&out, binary.LittleEndian, v) }
	logf := func(v float64) float32 { return float32(v / math.Log10(LogBase)) }
	out.WriteString(Magic)
	out.WriteByte(byte(order))
	le(declared)

	// Bins: the distinct values in ascending order, padded with the last.
	bins := func(vals []float64) ([]float32, map[float64]uint32) {
		slices.Sort(vals)
		vals = slices.Compact(vals)
		tab := make([]float32, binCount)
		code := make(map[float64]uint32)
		for i := range tab {
			j := min(i, len(vals)-1)
			if len(vals) > 0 {
				tab[i] = logf(vals[j])
			}
		}
		for i, v := range vals {
			code[v] = uint32(i)
		}
		return tab, code
	}
	probCode := make([]map[float64]uint32, order)
	boCode := make([]map[float64]uint32, order)
	if order > 1 {
		le(int32(quant16))
		for n := 2; n <= order; n++ {
			var ps, bs []float64
			for _, r := range recs[n-1] {
				ps, bs = append(ps, r.prob), append(bs, r.bo)
			}
			var tab []float32
			tab, probCode[n-1] = bins(ps)
			le(tab)
			if n < order {
				tab, boCode[n-1] = bins(bs)
				le(tab)
			}
		}
	}
	for i, r := range recs[0] {
		next := uint32(0)
		if order > 1 {
			next = firstChild[0][i]
		}
		le([3]uint32{math.Float32bits(logf(r.prob)), math.Float32bits(logf(r.bo)), next})
	}
	sentinel := uint32(0)
	if order > 1 {
		sentinel = firstChild[0][len(recs[0])]
	}
	le([3]uint32{0, 0, sentinel})

	wordBits := bitsFor(declared[0])
	for n := 2; n <= order; n++ {
		var w bitWriter
		nextBits := uint(0)
		quantBits := uint(probBits)
		if n < order {
			nextBits = bitsFor(declared[n])
			quantBits += boBits
		}
		for i, r := range recs[n-1] {
			w.put(r.rev[n-1], wordBits)
			if n < order {
				w.put(boCode[n-1][r.bo], boBits)
			}
			w.put(probCode[n-1][r.prob], probBits)
			if n < order {
				w.put(firstChild[n-1][i], nextBits)
			}
		}
		// The end-pointer record, then room for the declared extras.
		w.put(0, wordBits+quantBits)
		if n < order {
			w.put(firstChild[n-1][len(recs[n-1])], nextBits)
		}
		size := (int(declared[n-1]+1)*int(wordBits+quantBits+nextBits)+7)/8 + 8
		b := w.bytes()
		if len(b) > size {
			t.Fatalf("order %d: %d bytes of records, room for %d", n, len(b), size)
		}
		out.Write(b)
		out.Write(make([]byte, size-len(b)))
	}
	var strs bytes.Buffer
	for _, w := range m.words {
		strs.WriteString(w)
		strs.WriteByte(0)
	}
	le(int32(strs.Len()))
	out.Write(strs.Bytes())
	return out.Bytes()
}

// A bitWriter packs fields least significant bit first.
type bitWriter struct {
	buf []byte
	n   uint64 // bits written
}

func (w *bitWriter) put(v uint32, width uint) {
	for i := uint(0); i < width; i++ {
		if w.n>>3 >= uint64(len(w.buf)) {
			w.buf = append(w.buf, 0)
		}
		if v>>i&1 != 0 {
			w.buf[w.n>>3] |= 1 << (w.n & 7)
		}
		w.n++
	}
}

func (w *bitWriter) bytes() []byte { return w.buf }

// tiny is a trigram model over six words, its numbers made up (the
// reader does not care whether they are normalised).
func tiny() arpa {
	return arpa{
		words: []string{"</s>", "<s>", "a", "cat", "sat", "the"},
		ngrams: []map[string][2]float64{
			{
				"</s>": {-0.8, 0},
				"<s>":  {-99, -0.3},
				"a":    {-0.9, -0.25},
				"cat":  {-0.7, -0.2},
				"sat":  {-0.75, -0.15},
				"the":  {-0.6, -0.35},
			},
			{
				"<s> the":  {-0.3, -0.1},
				"the cat":  {-0.2, -0.05},
				"a cat":    {-0.4, 0},
				"cat sat":  {-0.1, -0.12},
				"sat </s>": {-0.5, 0},
			},
			{
				"<s> the cat": {-0.05, 0},
				"the cat sat": {-0.02, 0},
				"a cat sat":   {-0.3, 0},
			},
		},
	}
}
