package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCoinagesKept checks that words the lexicon lacks but English makes
// freely (a suffix, a prefix, two words as one, an "e-" word) are left as
// they are and, having no close commoner word, not even reported.
func TestCoinagesKept(t *testing.T) {
	c := corrector(t)
	for _, w := range []string{
		"podcasters", "deplatformed", "rewilded", "preorders", "microgrids", "cyberattacks",
		"reshoring", "overtourism", // a prefix, or a suffix
		"upskilling", "greenwashing", "bodycams", "rideshares", "livestreamers", "workstreams",
		"photobombed", "doomscrolling", // two words as one, inflected
		"ebikes", "evisa", "emagazine", "ecommerce", "elearning", // an "e-" word
	} {
		unknown(t, c, w)
		_, ok := c.coinage(w)
		require.True(t, ok, "%q is not read as a coinage: choose another test word", w)
		in := "We read about the " + w + " in the paper."
		edits := check(t, c, in, in)
		assert.Empty(t, edits, "%q", w)
	}
}

// TestCoinageTypos checks that a typo that happens to read as a coinage
// ("helpfull" is "help" + "full") is corrected when a commoner word is one
// cheap slip away.
func TestCoinageTypos(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ typo, want string }{
		{"everthing", "everything"}, // "ever" + "thing"
		{"helpfull", "helpful"},     // "help" + "full"
		{"feelling", "feeling"},     // "feel" + "ling"
		{"beautful", "beautiful"},   // "beaut" + "ful"
		{"discused", "discussed"},   // "discus" + "ed"
		{"cotract", "contract"},     // "co" + "tract"
		{"eturn", "return"},         // "e" + "turn"
	} {
		unknown(t, c, tc.typo)
		_, ok := c.coinage(tc.typo)
		require.True(t, ok, "%q is not read as a coinage: choose another test word", tc.typo)
		check(t, c, "They said "+tc.typo+" was fine.", "They said "+tc.want+" was fine.")
	}
}

// TestCoinageReported checks the coinages that are reported but never
// changed: an "e-" word that may be its stem with a stray "e", a word
// alone in quotation marks, and a coinage the document repeats.
func TestCoinageReported(t *testing.T) {
	c := corrector(t)
	unknown(t, c, "ereport", "managment", "helpfull")
	for _, tc := range []struct{ in, word, cand string }{
		{"The ereport was late.", "ereport", "report"},
		{"Their “managment” failed.", "managment", "management"},
		{"A helpfull man. Helpfull indeed.", "helpfull", "helpful"},
	} {
		edits := check(t, c, tc.in, tc.in)
		require.NotEmpty(t, edits, "%q", tc.in)
		e := edits[0]
		assert.True(t, e.Suspect)
		assert.Equal(t, tc.word, e.Before)
		assert.Contains(t, e.Candidates, tc.cand)
	}
}

// TestSuffixFits checks the spelling rules a suffix reading must follow.
func TestSuffixFits(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct {
		stem, suf string
		want      bool
	}{
		{"stream", "er", true},
		{"reach", "es", true},
		{"agree", "ing", true}, // "agreeing" keeps its e
		{"canoe", "ing", true},
		{"continue", "ed", false}, // "continued"
		{"degree", "es", false},   // "degrees"
		{"manage", "ing", false},  // "managing"
		{"regard", "es", false},   // "regards"
		{"combined", "s", false},  // an inflected word takes no inflection
		{"saying", "ed", false},
		{"marked", "ly", true}, // but a derivation
	} {
		assert.Equal(t, tc.want, c.suffixFits(tc.stem, tc.suf), "%s + %s", tc.stem, tc.suf)
	}
}

// TestCoinageKin checks which corrections are the reading's own word
// family rather than evidence against it.
func TestCoinageKin(t *testing.T) {
	c := corrector(t)
	r, ok := c.coinage("podcasters")
	require.True(t, ok)
	assert.True(t, r.kin("podcast"))
	assert.True(t, r.kin("podcasts"))
	assert.False(t, r.kin("broadcasters"))
	r, ok = c.coinage("agains")
	require.True(t, ok)
	assert.True(t, r.kin("again"))
	assert.False(t, r.kin("against"), "-st is not a suffix")
}

// TestEmphasis checks the guard that keeps words drawn out for emphasis
// and lets a doubled letter typed thrice be corrected.
func TestEmphasis(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"sooo", true}, {"Oooh", true}, {"yesss", true}, {"hmmm", true}, {"Aaah", true},
		{"pleeease", true}, {"Noooo", true}, {"whyyy", true},
		{"commmittee", false}, {"tomorrrow", false}, {"Offfice", false}, {"cofffee", false},
	} {
		assert.Equal(t, tc.want, c.emphasis(tc.w), tc.w)
	}
	check(t, c, "The commmittee met.", "The committee met.")
	check(t, c, "Sooo good, pleeease stay.", "Sooo good, pleeease stay.")
}

// TestCoinageCapitalised checks that a capitalised coinage, which may be a
// name, needs the confidence of a name to be changed.
func TestCoinageCapitalised(t *testing.T) {
	c := corrector(t)
	in := "They met. Podcasters spoke first."
	check(t, c, in, in)
	for _, w := range []string{"Helpfull", "HELPFULL"} {
		_, edits := c.Correct("They met. " + w + " staff came.")
		for _, e := range edits {
			if !e.Suspect {
				assert.GreaterOrEqual(t, e.Confidence, initialMinConfidence, "%+v", e)
			}
		}
	}
}
