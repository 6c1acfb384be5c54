package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// attested fails the test unless every word of words is in the lexicon's
// attested tier (and so not Known), so that the test keeps testing the
// rare-word guard if the lexicon changes.
func attested(t *testing.T, c *Corrector, words ...string) {
	t.Helper()
	unknown(t, c, words...)
	for _, w := range words {
		require.True(t, c.lex.Attested(w), "%q is not in the attested tier: choose another test word", w)
	}
}

// TestRareWordsKept checks that a word of the attested tier (a curated
// dictionary lists it, a corpus counts it) is left as written in any case,
// and reported with the corrections a slip would have had.
func TestRareWordsKept(t *testing.T) {
	c := corrector(t)
	attested(t, c, "largesse", "redshirt", "chai", "lidar")
	for _, in := range []string{
		"The fund lived on the largesse of two donors.",
		"He kept his redshirt status for a year.",
		"She ordered a chai and sat down.",
		"Largesse is not a policy, the minister said.",
		"The car maps the road with lidar's help.",
		"THE LARGESSE ENDED IN MAY.",
	} {
		edits := check(t, c, in, in)
		require.Len(t, edits, 1, in)
		e := edits[0]
		assert.True(t, e.Suspect, in)
		assert.Equal(t, "rare", e.Rule, in)
		assert.NotEmpty(t, e.Candidates, in)
	}
}

// TestRareWordsStillSuggested checks that the tier shelters words in
// running text only: asked for corrections of the word alone, the corrector
// still offers them.
func TestRareWordsStillSuggested(t *testing.T) {
	c := corrector(t)
	attested(t, c, "largesse")
	assert.NotEmpty(t, c.Suggest("largesse", 3))
}

// TestRareRunOnStillSplit checks that a run-on next to a function word that
// a curated list happens to carry is still split.
func TestRareRunOnStillSplit(t *testing.T) {
	c := corrector(t)
	attested(t, c, "alot")
	check(t, c, "It rained alot last week.", "It rained a lot last week.")
}

// TestRareWordBrokenStillJoined checks that a word broken in two is joined
// when one piece is in the attested tier.
func TestRareWordBrokenStillJoined(t *testing.T) {
	c := corrector(t)
	attested(t, c, "anno")
	check(t, c, "The group anno unced the deal on Monday.", "The group announced the deal on Monday.")
}

// TestRareWordRepeated checks that a tier word the document repeats is
// never changed, and that whatever is reported of it has the rule "rare".
func TestRareWordRepeated(t *testing.T) {
	c := corrector(t)
	attested(t, c, "redshirt")
	in := "One redshirt year is common. A second redshirt year is not."
	edits := check(t, c, in, in)
	require.NotEmpty(t, edits, "the repeated word is reported")
	for _, e := range edits {
		assert.True(t, e.Suspect)
		assert.Equal(t, "rare", e.Rule)
	}
}

// TestRareWordsAreEnglish checks that rare but attested words, and
// one-letter words, do not count as unknown when the corrector decides
// whether a paragraph is English: a short sentence dense with them is still
// corrected word by word, not declined as another language.
func TestRareWordsAreEnglish(t *testing.T) {
	c := corrector(t)
	attested(t, c, "chai", "largesse", "masse")
	in := "She drank a chai and spoke of the largesse of donors who came en masse, a recieved idea."
	edits := check(t, c, in, "She drank a chai and spoke of the largesse of donors who came en masse, a received idea.")
	for _, e := range edits {
		assert.NotEqual(t, "foreign", e.Rule, "%+v", e)
	}
}

// TestForeignShortWords checks that one-letter words other than "a" still
// count against a paragraph being English: a Portuguese line is left alone
// however many of its longer words an English lexicon happens to list.
func TestForeignShortWords(t *testing.T) {
	c := corrector(t)
	for _, in := range []string{
		"Veja o programa completo e o mapa",
		"Leia o texto completo e o programa da festa",
	} {
		edits := check(t, c, in, in)
		for _, e := range edits {
			assert.Equal(t, "foreign", e.Rule, "%s: %+v", in, e)
		}
	}
}

// TestTwoLetterSymbolSlips checks that a two-letter lower-case word the
// lexicon has only in capitals (a symbol, an abbreviation) is corrected
// when both neighbours speak for the change, and left alone otherwise.
func TestTwoLetterSymbolSlips(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"They arrived ni London on Monday.", "They arrived in London on Monday."},
		{"He put it ni a box.", "He put it in a box."},
		{"Environmental groups said th plans did not go far enough.", "Environmental groups said the plans did not go far enough."},
		{"We met mr Jones.", "We met mr Jones."},
		{"I had a chat with mr smith about the fence.", "I had a chat with mr smith about the fence."},
		{"There were some fe and cu traces and high fe and mn levels.", "There were some fe and cu traces and high fe and mn levels."},
		{"The ag was there and the md was out.", "The ag was there and the md was out."},
		{"See Smith et al. for details.", "See Smith et al. for details."},
	} {
		check(t, c, tc.in, tc.want)
	}
}

// TestLowerCaseAcronyms checks that a common acronym written in lower case,
// as casual text does, is not taken for a slip of a word ("tv" is not "to"),
// while a rare one is ("nad" is "and").
func TestLowerCaseAcronyms(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"We watched tv all night and saw it on tv again.", "We watched tv all night and saw it on tv again."},
		{"The tv show ended, and the un said nothing.", "The tv show ended, and the un said nothing."},
		{"She met Trudeau nad the premiers.", "She met Trudeau and the premiers."},
	} {
		check(t, c, tc.in, tc.want)
	}
}
