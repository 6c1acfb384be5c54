package dict

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEntry checks that Entry finds what Lookup finds and that EntryBigram
// counts what Bigram counts, on the built-in lexicon, a New one, and one
// merged With a word list.
func TestEntry(t *testing.T) {
	small := New(map[string]uint64{"of": 9, "the": 8, "London": 5, "don't": 2},
		map[[2]string]uint64{{"of", "the"}: 7, {"of", "London"}: 3, {"don't", "the"}: 1})
	eng := mustEnglish(t)
	merged := eng.With(&Wordlist{words: map[string]uint64{"the": 42, "zqxw": 0}})
	words := []string{"of", "the", "The", "THE", "London", "LONDON", "london", "don't", "don\u2019t",
		"zqxw", "qzxv", "", "\xff", "a", "united", "states", "kingdom", "in"}
	for name, l := range map[string]*Lexicon{"english": eng, "new": small, "with": merged} {
		for _, a := range words {
			ea, ca, ok := l.Entry(a)
			e, c, known := l.Lookup(a)
			assert.Equal(t, known, ok, "%s: %q", name, a)
			assert.Equal(t, e, ea.Word(), "%s: %q", name, a)
			assert.Equal(t, c, ca, "%s: %q", name, a)
			if ea.Index() >= 0 {
				require.Less(t, ea.Index(), l.Len())
				require.NotNil(t, l.base, name)
				assert.Equal(t, ea.Word(), l.base.word(ea.Index()), "%s: %q", name, a)
			}
			first, _ := l.EntryBigramMax(ea)
			for _, b := range words {
				eb, _, _ := l.Entry(b)
				n := l.EntryBigram(ea, eb)
				assert.Equal(t, l.Bigram(a, b), n, "%s: %q %q", name, a, b)
				assert.LessOrEqual(t, n, first, "%s: %q %q", name, a, b)
				_, bLast := l.EntryBigramMax(eb)
				assert.LessOrEqual(t, n, bLast, "%s: %q %q", name, a, b)
			}
		}
	}
	assert.NotZero(t, eng.EntryBigram(must(eng.Entry("of")), must(eng.Entry("the"))))
	assert.Zero(t, eng.EntryBigram(Entry{}, must(eng.Entry("the"))))
	assert.Equal(t, -1, Entry{}.Index())
	assert.Equal(t, -1, must(small.Entry("of")).Index())
	assert.Equal(t, -1, must(merged.Entry("zqxw")).Index())
}

func must(e Entry, _ uint64, _ bool) Entry { return e }

// TestEntryBigramMax checks the bounds against every pair of the built-in
// list: each is the largest count of a pair the word begins or ends.
func TestEntryBigramMax(t *testing.T) {
	l := mustEnglish(t)
	tb := l.base
	first := make([]uint64, tb.len())
	last := make([]uint64, tb.len())
	for r := range tb.bigramCount() {
		rec := tb.bigrams[r*bigramSize:]
		a, b := get24(rec), get24(rec[3:])
		n := uint64(rec[6]) | uint64(rec[7])<<8 | uint64(rec[8])<<16 | uint64(rec[9])<<24
		require.Equal(t, n, l.EntryBigram(Entry{word: tb.word(int(a)), idx: int32(a), known: true}, Entry{word: tb.word(int(b)), idx: int32(b), known: true}))
		first[a] = max(first[a], n)
		last[b] = max(last[b], n)
	}
	for i := range tb.len() {
		f, la := l.EntryBigramMax(Entry{word: tb.word(i), idx: int32(i), known: true})
		require.Equal(t, first[i], f, tb.word(i))
		require.Equal(t, last[i], la, tb.word(i))
	}
	the := must(l.Entry("the"))
	f, la := l.EntryBigramMax(the)
	assert.Positive(t, f)
	assert.Positive(t, la)
	f, la = l.EntryBigramMax(Entry{})
	assert.Zero(t, f+la)
	small := New(map[string]uint64{"of": 1, "it": 2}, map[[2]string]uint64{{"of", "it"}: 1})
	f, la = small.EntryBigramMax(must(small.Entry("of")))
	assert.Equal(t, uint64(math.MaxUint64), f)
	assert.Equal(t, uint64(math.MaxUint64), la)
	f, la = New(map[string]uint64{"of": 1}, nil).EntryBigramMax(Entry{word: "of", idx: -1, known: true})
	assert.Zero(t, f+la)
}
