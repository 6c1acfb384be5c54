package dict

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
			for _, b := range words {
				eb, _, _ := l.Entry(b)
				assert.Equal(t, l.Bigram(a, b), l.EntryBigram(ea, eb), "%s: %q %q", name, a, b)
			}
		}
	}
	assert.NotZero(t, eng.EntryBigram(must(eng.Entry("of")), must(eng.Entry("the"))))
	assert.Zero(t, eng.EntryBigram(Entry{}, must(eng.Entry("the"))))
}

func must(e Entry, _ uint64, _ bool) Entry { return e }
