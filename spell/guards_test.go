package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unknown fails the test unless the lexicon lacks every word of words, so
// that a test of a guard cannot pass merely because the lexicon grew.
func unknown(t *testing.T, c *Corrector, words ...string) {
	t.Helper()
	for _, w := range words {
		require.False(t, c.lex.Known(w), "%q is in the lexicon: choose another test word", w)
	}
}

// TestClosedCompoundsKept checks that a closed compound the lexicon lacks is
// neither split into two words nor corrected into another word.
func TestClosedCompoundsKept(t *testing.T) {
	c := corrector(t)
	for _, w := range []string{
		"telework", "teledoc", "telecare", // an abbreviation-like fragment ("tel")
		"signup", "sitdown", "wipeout", "tipoff", // a verb and its particle
		"uplink", "upskill", "offgrid", "downlink", // a particle and a word
		"doorcam", "matchday", "gameday", "newsfeed", // two content words
		"signups", "sitdowns", "uplinked", "escooter", "ebike", // inflected, and e- words
	} {
		unknown(t, c, w)
		for _, in := range []string{
			"We talked about the " + w + " last week.",
			"Nobody liked the " + w + ".",
		} {
			got, edits := c.Correct(in)
			assert.Equal(t, in, got)
			for _, e := range edits {
				assert.True(t, e.Suspect, "%+v", e)
				for _, cand := range e.Candidates {
					assert.NotContains(t, cand, " ", "a split offered for %q", w)
				}
			}
		}
	}
}

// TestQACompounds keeps the closed compounds a QA pass found split.
func TestQACompounds(t *testing.T) {
	c := corrector(t)
	for _, w := range []string{"lockdown", "wellbeing", "livestream", "onboarding", "telehealth", "newline"} {
		in := "They discussed the " + w + " at length."
		check(t, c, in, in)
	}
}

// TestRunOnsSplit checks that run-on words that hold a function word are
// still split, including where the space was typed as another key.
func TestRunOnsSplit(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"they walked tothe station", "they walked to the station"},
		{"most ofthe votes", "most of the votes"},
		{"We saw thecar outside.", "We saw the car outside."},
		{"it costs alot more", "it costs a lot more"},
		{"Itis late now.", "It is late now."},
		{"he wentto the shop", "he went to the shop"},
		{"the countryand the town", "the country and the town"},
		{"a dawn raidein May", "a dawn raid in May"}, // the space typed as a key
		{"she isa lawyer", "she is a lawyer"},        // two function words in three letters
		{"it arrived ina crate", "it arrived in a crate"},
	} {
		check(t, c, tc.in, tc.want)
	}
}

// TestAccentedWordsKept checks that a word with letters outside ASCII that
// the lexicon lacks is never turned into an ASCII word, in either Unicode
// normal form, in any case and position.
func TestAccentedWordsKept(t *testing.T) {
	c := corrector(t)
	for _, in := range []string{
		"The soufflé collapsed.",
		"Soufflé was served.",
		"A SOUFFLÉ AGAIN",
		"the fiancée’s car",
		"a tête-à-tête with the minister",
		"The entrée and the flambé were cold.",
		"The souffle\u0301 collapsed.", // decomposed accent
		"Her naïveté showed.",
		"a señora from Lima",
	} {
		check(t, c, in, in)
	}
}

// TestRepeatedTypoReported checks that a misspelling the document uses
// twice is left as it is (it may be a term) but reported, in lower case
// only, with its candidates.
func TestRepeatedTypoReported(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, word, cand string }{
		{"The comittee met. Then the comittee voted.", "comittee", "committee"},
		{"We beleive it. They beleive it too.", "beleive", "believe"},
		{"an untill clause, and untill then", "untill", "until"},
	} {
		unknown(t, c, tc.word)
		edits := check(t, c, tc.in, tc.in)
		require.Len(t, edits, 2, "%q", tc.in)
		for _, e := range edits {
			assert.True(t, e.Suspect)
			assert.Equal(t, tc.word, e.Before)
			require.NotEmpty(t, e.Candidates)
			assert.Equal(t, tc.cand, e.Candidates[0])
		}
	}
	// A sentence opener is reported with its lower-case twin.
	edits := check(t, c, "Beleive me. I beleive you.", "Beleive me. I beleive you.")
	require.Len(t, edits, 2)
	assert.Equal(t, []string{"Beleive", "beleive"}, []string{edits[0].Before, edits[1].Before})
	assert.Equal(t, "Believe", edits[0].Candidates[0])
	// Names and coinages used twice stay silent: nothing fits them well,
	// and a capitalised word inside a sentence is a name.
	for _, in := range []string{
		"The flarbing went on. Later the flarbing stopped.",
		"Kemalov spoke. Kemalov left.",
		"We met Beleive and then Beleive left.",
	} {
		assert.Empty(t, check(t, c, in, in), "%q", in)
	}
}

// TestSentenceOpenerSlip checks that a capitalised sentence opener one
// slip from a very common word is corrected, while names stay.
func TestSentenceOpenerSlip(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"Hte minister spoke.", "The minister spoke."},
		{"Taht was it.", "That was it."},
		{"Wiht luck, yes.", "With luck, yes."},
		{"It rained. Thsi is it.", "It rained. This is it."},
		{"Abotu time.", "About time."},
		// A three-letter swap with context on one side only.
		{"a speech by teh EU envoy", "a speech by the EU envoy"},
		{"teh vote was close", "the vote was close"},
		{"he adn Maria left", "he and Maria left"},
		// Not at the start of a sentence: a name, never touched.
		{"We met Hte and Taht there.", "We met Hte and Taht there."},
		// Names one costly edit from a word stay.
		{"Raab agreed.", "Raab agreed."},
		{"Zahawi resigned.", "Zahawi resigned."},
	} {
		check(t, c, tc.in, tc.want)
	}
}

// TestEmphasisAndNamePairs checks two guards found on real news text: a
// letter written three times is emphasis, and a sentence opener followed by
// a word in capitals is the first word of a name, unless it is a plain
// slip for a common word.
func TestEmphasisAndNamePairs(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"Aaah, that hurt.", "Aaah, that hurt."},
		{"It was sooo late and nooo one came.", "It was sooo late and nooo one came."},
		{"They met. Banque QXR signed.", "They met. Banque QXR signed."},
		{"Talks ended. Agence ZPF said so.", "Talks ended. Agence ZPF said so."},
		{"Talks ended. Agence TV said so.", "Talks ended. Agence TV said so."}, // "TV" is known
		{"Thsi BBC show ended.", "This BBC show ended."},
	} {
		check(t, c, tc.in, tc.want)
	}
	unknown(t, c, "aaah", "sooo", "nooo", "banque", "agence")
}

// TestQuotedTermKept checks that a word standing alone in quotation marks,
// a term the writer is naming, is left as it is.
func TestQuotedTermKept(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"the rear storage, or “froot,” as owners say", "the rear storage, or “froot,” as owners say"},
		{"the so-called 'flurg' rule", "the so-called 'flurg' rule"},
		{`a "blerp" sound`, `a "blerp" sound`},
		// Quoted speech is still corrected.
		{"“Thorugh the door,” he said.", "“Through the door,” he said."},
	} {
		check(t, c, tc.in, tc.want)
	}
}

// TestSplitPair checks the rule that decides whether two words may be the
// halves of a run-on.
func TestSplitPair(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct {
		a, b string
		lost bool // the space was lost, rather than typed as a key
		want bool
	}{
		{"of", "the", true, true},
		{"a", "lot", true, true},
		{"went", "to", true, true},
		{"the", "car", true, true},
		{"march", "in", false, true}, // "marchein": a particle, space typed as a key
		{"on", "stage", true, false}, // a particle with a lost space: a compound
		{"door", "bell", true, false},
		{"dark", "room", false, false},
		{"tel", "health", false, false},
		{"the", "ltd", true, false}, // an abbreviation-like fragment
	} {
		got := c.splitPair(tc.a, tc.b, c.lex.Count(tc.a), c.lex.Count(tc.b), tc.lost)
		assert.Equal(t, tc.want, got, "%s + %s", tc.a, tc.b)
	}
}

// TestCommandLineOptionsKept checks that a command-line option is never
// corrected, while the dashes of prose still leave their words checked.
func TestCommandLineOptionsKept(t *testing.T) {
	c := corrector(t)
	for _, in := range []string{
		"To see more, run it with the --verbos flag.",
		"Never type rm -rf in the wrong folder.",
		"Pass “--forse” only when you must.",
		"The tool takes -recursiv as an option.",
		"Call initalise() before anything else.",
	} {
		edits := check(t, c, in, in)
		assert.Empty(t, edits, in)
	}
	for _, tc := range []struct{ in, want string }{
		{"It is a well-knwon fact.", "It is a well-known fact."},
		{"The plan - as ever - was dropped untill May.", "The plan - as ever - was dropped until May."},
		{"The plan—as ever—was dropped untill May.", "The plan—as ever—was dropped until May."},
		{"It was — untill then — a quiet town.", "It was — until then — a quiet town."},
		{"It was -- untill then -- a quiet town.", "It was -- until then -- a quiet town."},
	} {
		check(t, c, tc.in, tc.want)
	}
}
