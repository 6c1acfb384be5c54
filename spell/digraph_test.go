package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSoundChannelCost(t *testing.T) {
	rs := func(s string) []rune { return []rune(s) }
	plain := func(typo, word string) float64 { return channelCost(rs(typo), rs(word), nil) }
	sound := func(typo, word string) float64 { return soundChannelCost(rs(typo), rs(word), nil) }
	// "ou" written for "o" is a speller's digraph, cheaper than a stray key,
	// and then cheaper than a neighbouring-key slip to a word of another sound.
	assert.Less(t, sound("fourty", "forty"), plain("fourty", "forty"))
	assert.Less(t, sound("fourty", "forty"), plain("fourty", "fourth"))
	assert.Less(t, sound("pronounciation", "pronunciation"), plain("pronounciation", "pronunciation"))
	// Any other stray letter costs what channelCost says.
	for _, p := range [][2]string{{"casue", "case"}, {"siezed", "sized"}, {"heroe", "hero"}, {"wprd", "word"}, {"fourty", "fourth"}} {
		assert.Equal(t, plain(p[0], p[1]), sound(p[0], p[1]), "%q %q", p[0], p[1])
	}
	// The discount goes only to a word that keeps the typo's sound key.
	key := func(w string) string { return string(soundKey(rs(w), nil)) }
	assert.Equal(t, key("fourty"), key("forty"))
	assert.NotEqual(t, key("fourty"), key("fourth"))
	assert.NotEqual(t, key("fourty"), key("four"))
}

// TestSpellerDigraph: "fourty" is a speller's "forty" (by analogy with
// "four"), not a typist's "four" or "fourth", which change the number.
func TestSpellerDigraph(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"The firm has traded for fourty years.", "The firm has traded for forty years."},
		{"Her pronounciation of the name was careful.", "Her pronunciation of the name was careful."},
	} {
		check(t, c, tc.in, tc.want)
	}
	// Where the context cannot decide, the word is left as it is and
	// reported with "forty" among its candidates, never turned into a
	// number of another sound.
	for _, in := range []string{
		"He scored fourty points.",
		"Some fourty people were hurt.",
		"Nearly fourty years later the case was reopened.",
		"The bill ran to fourty pages.",
		"fourty",
	} {
		got, edits := c.Correct(in)
		if got == in {
			require.Len(t, edits, 1, "input %q", in)
			assert.True(t, edits[0].Suspect, "input %q", in)
			assert.Contains(t, edits[0].Candidates, "forty", "input %q", in)
			continue
		}
		assert.Contains(t, got, "forty", "input %q", in)
	}
}
