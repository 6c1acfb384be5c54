package sphinxlm

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const eps = 1e-4 // float32 round trips through base-1.0001 log floats

func parseTiny(t testing.TB, extra int) *Model {
	t.Helper()
	m, err := Parse(build(t, tiny(), extra))
	require.NoError(t, err)
	return m
}

func ids(t testing.TB, m *Model, words string) []int32 {
	t.Helper()
	var out []int32
	for _, w := range strings.Fields(words) {
		id, ok := m.ID(w)
		require.True(t, ok, w)
		out = append(out, id)
	}
	return out
}

func TestCounts(t *testing.T) {
	for _, extra := range []int{0, 6} {
		m := parseTiny(t, extra)
		assert.Equal(t, 3, m.Order())
		assert.Equal(t, []int{6, 5, 3}, []int{m.Count(1), m.Count(2), m.Count(3)}, "stored")
		assert.Equal(t, []int{6, 5 + extra, 3 + extra}, []int{m.Declared(1), m.Declared(2), m.Declared(3)}, "declared")
		assert.Zero(t, m.Count(0))
		assert.Zero(t, m.Count(4))
	}
}

func TestWords(t *testing.T) {
	m := parseTiny(t, 0)
	for i, w := range tiny().words {
		id, ok := m.ID(w)
		require.True(t, ok, w)
		assert.Equal(t, int32(i), id)
		assert.Equal(t, w, m.Word(id))
	}
	_, ok := m.ID("dog")
	assert.False(t, ok)
	assert.Equal(t, "", m.Word(-1))
	assert.Equal(t, "", m.Word(6))
}

func TestLookup(t *testing.T) {
	m := parseTiny(t, 2)
	for n, grams := range tiny().ngrams {
		for key, want := range grams {
			p, bo, ok := m.Lookup(ids(t, m, key)...)
			require.True(t, ok, key)
			assert.InDelta(t, want[0], p, eps, key)
			if n+1 < m.Order() {
				assert.InDelta(t, want[1], bo, eps, key)
			}
		}
	}
	for _, absent := range []string{"cat the", "sat cat", "a the cat", "<s> a cat"} {
		_, _, ok := m.Lookup(ids(t, m, absent)...)
		assert.False(t, ok, absent)
	}
	_, _, ok := m.Lookup()
	assert.False(t, ok)
	_, _, ok = m.Lookup(0, 0, 0, 0)
	assert.False(t, ok, "longer than the order")
}

func TestScore(t *testing.T) {
	m := parseTiny(t, 0)
	for _, tc := range []struct {
		words string
		want  float64
	}{
		{"cat", -0.7},
		{"the cat", -0.2},                    // bigram held
		{"the cat sat", -0.02},               // trigram held
		{"cat the", -0.2 + -0.6},             // bo(cat) + P(the)
		{"sat the", -0.15 + -0.6},            // bo(sat) + P(the)
		{"a the cat", -0.2},                  // bigram "the cat"; "a the" is no context, so no back-off
		{"<s> the sat", -0.1 + -0.35 - 0.75}, // bo(<s> the) + bo(the) + P(sat)
		{"the a cat", -0.4},                  // "the a" is not held: nothing added
		{"<s> cat sat", -0.1},                // "<s> cat" not held: P(sat|cat)
		{"cat sat </s>", -0.12 + -0.5},       // bo(cat sat) + P(</s> | sat)
	} {
		got, ok := m.Score(ids(t, m, tc.words)...)
		require.True(t, ok, tc.words)
		assert.InDelta(t, tc.want, got, eps, tc.words)
	}
	// A longer history is cut to the order; an unknown history word ends it.
	full, _ := m.Score(ids(t, m, "the cat sat")...)
	got, _ := m.Score(ids(t, m, "a <s> the cat sat")...)
	assert.InDelta(t, full, got, eps)
	got, _ = m.Score(append([]int32{-1}, ids(t, m, "cat sat")...)...)
	assert.InDelta(t, -0.1, got, eps)
	got, _ = m.Score(append(ids(t, m, "the"), 99, ids(t, m, "sat")[0])...)
	assert.InDelta(t, -0.75, got, eps, "unknown word right before")
	_, ok := m.Score(ids(t, m, "the")[0], 99)
	assert.False(t, ok)
	_, ok = m.Score()
	assert.False(t, ok)
}

func TestNGrams(t *testing.T) {
	m := parseTiny(t, 3)
	for n, grams := range tiny().ngrams {
		got := make(map[string]float64)
		for g := range m.NGrams(n + 1) {
			var ws []string
			for _, id := range g.Words {
				ws = append(ws, m.Word(id))
			}
			got[strings.Join(ws, " ")] = g.Prob
		}
		require.Len(t, got, len(grams), "order %d", n+1)
		for key, want := range grams {
			assert.InDelta(t, want[0], got[key], eps, key)
		}
	}
	// Early stop, and orders out of range.
	count := 0
	for range m.NGrams(2) {
		count++
		break
	}
	assert.Equal(t, 1, count)
	for range m.NGrams(4) {
		t.Fatal("order 4 yields nothing")
	}
}

func TestUnsortedSiblings(t *testing.T) {
	// Swap the two trigrams under "cat sat" ("a cat sat", "the cat sat")
	// in the file, as en-us.lm.bin has two sibling ranges out of order.
	m := tiny()
	b := build(t, m, 0)
	good, err := Parse(b)
	require.NoError(t, err)
	lv := &good.levels[1]
	r0, r1 := uint32(1), uint32(2) // (sat,cat,a) and (sat,cat,the) after (cat,the,<s>)
	require.Equal(t, "a", good.Word(int32(lv.word(r0))))
	require.Equal(t, "the", good.Word(int32(lv.word(r1))))
	bad := bytes.Clone(b)
	// Records of the last order are word(3 bits) + prob(16 bits).
	off := int(lv.start)
	swapRecords(bad[off:], lv.width, r0, r1)
	m2, err := Parse(bad)
	require.NoError(t, err)
	require.Len(t, m2.levels[1].unsorted, 1)
	for _, key := range []string{"a cat sat", "the cat sat"} {
		want, _, _ := good.Lookup(ids(t, good, key)...)
		got, _, ok := m2.Lookup(ids(t, m2, key)...)
		require.True(t, ok, key)
		assert.InDelta(t, want, got, eps, key)
	}
}

// swapRecords exchanges two width-bit records of a packed array.
func swapRecords(b []byte, width uint, i, j uint32) {
	get := func(r uint32) []bool {
		bits := make([]bool, width)
		for k := range bits {
			at := uint64(r)*uint64(width) + uint64(k)
			bits[k] = b[at>>3]>>(at&7)&1 != 0
		}
		return bits
	}
	set := func(r uint32, bits []bool) {
		for k, v := range bits {
			at := uint64(r)*uint64(width) + uint64(k)
			if v {
				b[at>>3] |= 1 << (at & 7)
			} else {
				b[at>>3] &^= 1 << (at & 7)
			}
		}
	}
	a, c := get(i), get(j)
	set(i, c)
	set(j, a)
}

func TestUnigramOnly(t *testing.T) {
	m := tiny()
	m.ngrams = m.ngrams[:1]
	lm, err := Parse(build(t, m, 0))
	require.NoError(t, err)
	assert.Equal(t, 1, lm.Order())
	got, ok := lm.Score(ids(t, lm, "the cat")...)
	require.True(t, ok)
	assert.InDelta(t, -0.7, got, eps, "no history in a unigram model")
	n := 0
	for range lm.NGrams(1) {
		n++
	}
	assert.Equal(t, 6, n)
}

func TestBadFiles(t *testing.T) {
	b := build(t, tiny(), 0)
	for _, tc := range []struct {
		name   string
		edit   func([]byte) []byte
		errHas string
	}{
		{"empty", func([]byte) []byte { return nil }, "not a sphinxbase trie"},
		{"other format", func([]byte) []byte { return []byte("Darpa Trigram LM\x00....") }, "not a sphinxbase trie"},
		{"order 0", func(b []byte) []byte { b[19] = 0; return b }, "order 0 out of range"},
		{"order 9", func(b []byte) []byte { b[19] = 9; return b }, "order 9 out of range"},
		{"count 0", func(b []byte) []byte { copy(b[20:], []byte{0, 0, 0, 0}); return b }, "count 0 out of range"},
		{"quantisation", func(b []byte) []byte { b[32] = 0; return b }, "type 0 not supported"},
		{"trailing", func(b []byte) []byte { return append(b, 0) }, "1 bytes after the word strings"},
		{"word strings", func(b []byte) []byte { return append(b[:len(b)-1], 'x') }, "not NUL-terminated"},
		{"unigram pointer", func(b []byte) []byte {
			off := 32 + 4 + 3*binCount*4 + 12*2 + 8 // next of unigram 2
			b[off] = 200
			return b
		}, "unigram 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.edit(bytes.Clone(b)))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.errHas)
			var fe *FormatError
			assert.True(t, errors.As(err, &fe), "a *FormatError")
		})
	}
}

func TestTruncated(t *testing.T) {
	b := build(t, tiny(), 1)
	// Every prefix except inside the 768 KiB of bins, which are sampled.
	bins := 32 + 4 + 3*binCount*4
	for n := 0; n < len(b); n++ {
		if n > 40 && n < bins-8 && n%4099 != 0 {
			continue
		}
		_, err := Parse(b[:n])
		require.Error(t, err, "prefix of %d bytes", n)
	}
	_, err := Read(bytes.NewReader(b[:100]))
	assert.ErrorIs(t, err, errShort)
}

// FuzzParse checks that no input makes the reader panic and that whatever
// it accepts can be walked and scored. The fuzzer mutates the header and
// everything after the probability bins; the 768 KiB of bins in between
// are spliced in, so that each run is cheap.
func FuzzParse(f *testing.F) {
	split := func(b []byte) ([]byte, []byte) {
		n := binsSize(b)
		return b[:headSize(b)], b[headSize(b)+n:]
	}
	add := func(b []byte) {
		head, tail := split(b)
		f.Add(head, tail)
	}
	good := build(f, tiny(), 0)
	add(good)
	add(build(f, tiny(), 4))
	add(good[:len(good)-20])
	m := tiny()
	m.ngrams = m.ngrams[:2]
	add(build(f, m, 0))
	m.ngrams = m.ngrams[:1]
	add(build(f, m, 0))
	bins := bytes.Repeat([]byte{0, 0, 0x80, 0xbf}, 7*binCount) // -1.0, enough for order 5
	f.Fuzz(func(t *testing.T, head, tail []byte) {
		b := append(bytes.Clone(head), bins[:min(binsSize(head), len(bins))]...)
		lm, err := Parse(append(b, tail...))
		if err != nil {
			return
		}
		for n := 1; n <= lm.Order(); n++ {
			for g := range lm.NGrams(n) {
				lm.Score(g.Words...)
				lm.Lookup(g.Words...)
			}
		}
		lm.Score(0, 1, 2, -1, 1<<30)
	})
}

// headSize is the length of the header up to the bins: magic, order,
// counts and, above order 1, the quantisation type.
func headSize(b []byte) int {
	if len(b) <= len(Magic) {
		return len(b)
	}
	order := int(b[len(Magic)])
	n := len(Magic) + 1 + 4*order
	if order > 1 {
		n += 4
	}
	return min(n, len(b))
}

// binsSize is the length of the bins a file with this header holds.
func binsSize(b []byte) int {
	if len(b) <= len(Magic) {
		return 0
	}
	order := int(b[len(Magic)])
	if order < 2 || order > MaxOrder {
		return 0
	}
	return (2*(order-2) + 1) * binCount * 4
}
