package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVariantSpellingsKept checks that British, older or learned spellings
// the lexicon lacks are left as written and reported with the spelling it
// has, never corrected into another word.
func TestVariantSpellingsKept(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ word, known string }{
		{"foetid", "fetid"},                   // oe
		{"mediaevalist", "medievalist"},       // ae
		{"milligramme", "milligram"},          // -mme
		{"centigramme", "centigram"},          // -mme
		{"annexe", "annex"},                   // -xe
		{"interconnexion", "interconnection"}, // -exion
		{"weaponised", "weaponized"},          // -ise for any -ize
		{"tradie", "trade"},                   // informal -ie
	} {
		unknown(t, c, tc.word)
		require.True(t, c.lex.Known(tc.known), tc.known)
		in := "Her notes on the " + tc.word + " question were filed on Monday."
		edits := check(t, c, in, in)
		require.Len(t, edits, 1, "%q", tc.word)
		assert.True(t, edits[0].Suspect)
		assert.Equal(t, "variant", edits[0].Rule)
		assert.Equal(t, []string{tc.known}, edits[0].Candidates)
	}
}

// TestVariantSpellingsKeptInAnyCase checks the same for a sentence
// opener, a word in capitals and a possessive.
func TestVariantSpellingsKeptInAnyCase(t *testing.T) {
	c := corrector(t)
	for _, in := range []string{
		"Annexe plans were approved on Friday.",
		"A NEW MILLIGRAMME STANDARD, said the board.",
		"The annexe's roof leaked again.",
	} {
		edits := check(t, c, in, in)
		require.Len(t, edits, 1, in)
		assert.Equal(t, "variant", edits[0].Rule, in)
	}
}

// TestVariantOfTypoStillCorrected checks that the variant patterns do not
// shelter plain slips: a letter in the middle of a word that happens to
// make "our", "ise", "ence" or "tre" is no variant spelling unless the
// word's family alternates that way.
func TestVariantOfTypoStillCorrected(t *testing.T) {
	c := corrector(t)
	check(t, c, "We will wait untill the vote.", "We will wait until the vote.")
	check(t, c, "The goverment said no.", "The government said no.")
	for _, tc := range []struct{ in, want string }{
		{"The long jorney home took three days.", "journey"}, // our inside a word
		{"A torist bus stopped by the gate.", "tourist"},     // our after one letter
		{"She sent yor letter back.", "your"},                // a short word
		{"The doctors advize rest and water.", "advise"},     // ise that never alternates
		{"They exercize in the park each morning.", "exercise"},
		{"It came as a surprize to the board.", "surprise"},
		{"The plan makes no sence at all.", "sense"},   // ence that never alternates
		{"The nonsence was plain to see.", "nonsense"}, // ditto
		{"They met soon aftre the vote.", "after"},     // tre that never alternates
		{"He has a juniour role in the firm.", "junior"},
		{"It was a rigourous test of the plan.", "rigorous"}, // no "u" before -ous
		{"She read thoese letters twice.", "those"},          // a stray vowel, no root
		{"They will comence work on Monday.", "commence"},    // m for mme
	} {
		_, edits := c.Correct(tc.in)
		require.NotEmpty(t, edits, tc.in)
		e := edits[0]
		assert.NotEqual(t, "variant", e.Rule, tc.in)
		got := e.After
		if e.Suspect {
			require.NotEmpty(t, e.Candidates, tc.in)
			got = e.Candidates[0]
		}
		assert.Equal(t, tc.want, got, tc.in)
	}
}

// TestVariantOf checks the rule word by word: real variant spellings
// (whether or not the lexicon has them) are found, slips are not.
func TestVariantOf(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ word, want string }{
		{"colourful", "colorful"}, {"rumoured", "rumored"}, {"behavioural", "behavioral"},
		{"honourably", "honorably"}, {"neighbourly", "neighborly"}, {"odourless", "odorless"},
		{"realisation", "realization"}, {"criticised", "criticized"}, {"moisturiser", "moisturizer"},
		{"paralysed", "paralyzed"}, {"defences", "defenses"}, {"defenceless", "defenseless"},
		{"haemoglobin", "hemoglobin"}, {"paediatrician", "pediatrician"}, {"caesium", "cesium"},
		{"foetuses", "fetuses"}, {"inflexion", "inflection"}, {"kilogrammes", "kilograms"},
		{"fourm", ""}, {"jorney", ""}, {"torist", ""}, {"yor", ""}, {"advize", ""},
		{"exercize", ""}, {"surprize", ""}, {"merchandize", ""}, {"expence", ""},
		{"absense", ""}, {"aftre", ""}, {"altimetre", ""}, {"isreli", ""}, {"hed", ""},
		{"saeven", ""}, {"poenis", ""}, {"suppoed", ""}, {"coment", ""}, {"rhymme", ""},
		{"complection", ""}, {"crucifiction", ""}, {"partie", ""}, {"scors", ""},
		{"bourder", ""}, {"lourd", ""}, {"vigourous", ""}, {"citisen", ""},
	} {
		got, ok := c.variantOf(tc.word)
		assert.Equal(t, tc.want != "", ok, tc.word)
		assert.Equal(t, tc.want, got, tc.word)
	}
}

// TestLowerCaseOfCapitalisedWord checks that a lower-case word the lexicon
// knows only capitalised is neither changed in case alone nor turned into
// another word, and that a run-on is still split.
func TestLowerCaseOfCapitalisedWord(t *testing.T) {
	c := corrector(t)
	for _, w := range []string{"pinot", "merlot", "riesling"} {
		unknown(t, c, w)
		in := "In the end the " + w + " did well this year."
		edits := check(t, c, in, in)
		for _, e := range edits {
			assert.True(t, e.Suspect, "%+v", e)
		}
	}
	check(t, c, "it arrived ina crate", "it arrived in a crate")
}

// TestPrefixedShortWordKept checks that a common four-letter word after a
// productive prefix is taken as a word ("rewild"), but not after "un".
func TestPrefixedShortWordKept(t *testing.T) {
	c := corrector(t)
	for _, w := range []string{"rewild", "reskin"} {
		unknown(t, c, w)
		in := "They plan to " + w + " the land."
		check(t, c, in, in)
	}
}

// TestForeignParagraphReported checks that a paragraph the corrector
// declines to correct still has its suspects reported, unchanged.
func TestForeignParagraphReported(t *testing.T) {
	c := corrector(t)
	in := "Teh commitee wil recieve thier reprot."
	edits := check(t, c, in, in)
	var words []string
	for _, e := range edits {
		assert.True(t, e.Suspect, "%+v", e)
		assert.Equal(t, "foreign", e.Rule)
		assert.Equal(t, in[e.Start:e.End], e.Before)
		words = append(words, e.Before)
	}
	assert.Contains(t, words, "commitee")
	assert.Contains(t, words, "recieve")
}
