package spell

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAbbreviation(t *testing.T) {
	for before, want := range map[string]abbrevKind{
		// Titles and initials: the next word is a name.
		"Mr": abbrevName, "Mrs": abbrevName, "(Dr": abbrevName, "“Prof": abbrevName,
		"MR": abbrevName, "Gen": abbrevName, "Cllr": abbrevName, "Supt": abbrevName,
		"ex-Gov": abbrevName, "St": abbrevName, "J": abbrevInitial, "W": abbrevInitial,
		"e.g": abbrevName, "i.e": abbrevName, "vs": abbrevName, "approx": abbrevName,
		// Abbreviations that often end a sentence too.
		"etc": abbrevEnd, "Inc": abbrevEnd, "Ltd": abbrevEnd, "Jr": abbrevEnd,
		"U.S": abbrevEnd, "a.m": abbrevEnd, "No": abbrevEnd, "ft": abbrevEnd,
		// Words, the pronoun, a second period, a title in lower case.
		"said": abbrevNone, "dr": abbrevNone, "I": abbrevNone, "a": abbrevNone, "etc.": abbrevNone,
		"": abbrevNone, "“": abbrevNone, "Mister": abbrevNone, "www.bbc.co": abbrevNone,
		"2": abbrevNone,
	} {
		assert.Equal(t, want, abbreviation(before), "%q", before)
	}
}

func TestTokenizeOpeners(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []bool // initial, per word
	}{
		{"We met Dr. Yoo. Then Mr. Adn left.", []bool{true, false, false, false, true, false, false, false}},
		{"Mrs. J. K. Rowling spoke.", []bool{true, false, false, false, false}},
		{"It hit the U.S. economy, e.g. Ford.", []bool{true, false, false, false, false, false, false, false, false}},
		// A second period, or a blank line, ends the sentence after all.
		{"See us etc.. Then go.", []bool{true, false, false, true, false}},
		{"Made by Acme Inc.\n\nNext", []bool{true, false, false, false, true}},
	} {
		var got []bool
		for _, tk := range tokenize(tc.in, nil) {
			got = append(got, tk.initial)
		}
		assert.Equal(t, tc.want, got, tc.in)
	}
}

// TestNamesAfterAbbreviations checks that a capitalised word after a title
// or an initial is protected as a name, like one within a sentence, and
// that after an abbreviation that may end a sentence the word decides: a
// capitalised common word opens a sentence, an unknown one is a name.
func TestNamesAfterAbbreviations(t *testing.T) {
	c := corrector(t)
	unknown(t, c, "yoo", "ehr", "adn", "sunak", "farage", "tedros", "okonjo", "vuong", "hte")
	for _, in := range []string{
		"We met Dr. Yoo today.",
		"We met Dr. Ehr today.",
		"He spoke to Mr. Adn yesterday.",
		"Talks between Mr. Sunak and Mr. Farage went on.",
		"A letter from Dr. Tedros arrived.",
		"The report by Prof. Okonjo and Sgt. Vuong was read.",
		"DR. YOO and MS. EHR spoke.",
		"The director, J. Yoo, spoke.",
		"Guests (e.g. Tedros) spoke.",
		// After "Inc." an unknown word is a name; so it is after "U.S.".
		"Shares of Acme Inc. Tedros said were sold.",
		"The U.S. Farage camp was quiet.",
	} {
		_, edits := c.Correct(in)
		assert.Empty(t, edits, in)
	}
	for _, tc := range []struct{ in, want string }{
		// The common word after "etc." opens a sentence: its context is
		// read in lower case, and a typo after it is still corrected.
		{"Pens, paper etc. The goverment paid.", "Pens, paper etc. The government paid."},
		// An unknown word that opens a sentence may still be corrected.
		{"It ended. Hte minister left.", "It ended. The minister left."},
	} {
		check(t, c, tc.in, tc.want)
	}
}

// TestArticleContext checks that the one-letter words "a" and "I" are
// context like any word: "a thorugh job" is "a thorough job", while "go
// thorugh the" stays "go through the".
func TestArticleContext(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"They did a thorugh job.", "They did a thorough job."},
		{"It needs a thorugh overhaul.", "It needs a thorough overhaul."},
		{"After a thorugh search they left.", "After a thorough search they left."},
		{"A thorugh inquiry is needed.", "A thorough inquiry is needed."},
		{"It was very thorugh indeed.", "It was very thorough indeed."},
		{"We had to go thorugh the files.", "We had to go through the files."},
		{"She went thorugh a door.", "She went through a door."},
	} {
		check(t, c, tc.in, tc.want)
	}
	assert.Equal(t, "a", letterWord("a", false))
	assert.Equal(t, "a", letterWord("A", true))
	assert.Equal(t, "", letterWord("A", false)) // "Grade A"
	assert.Equal(t, "i", letterWord("I", false))
	assert.Equal(t, "", letterWord("e", false))
}

// TestAbbreviationLongRun checks that a long run of dots or letters before
// a period is no abbreviation, and is not scanned once per dot.
func TestAbbreviationLongRun(t *testing.T) {
	assert.Equal(t, abbrevNone, abbreviation(strings.Repeat("a.", 10)))
	assert.Equal(t, abbrevNone, abbreviation("Supercalifragilistic"))
	dots := strings.Repeat(".", 200_000)
	toks := tokenize(dots+" Yoo", nil)
	assert.Len(t, toks, 1)
	assert.True(t, toks[0].initial)
}

// TestAmbiguousOpeners checks the word after an abbreviation that may end a
// sentence ("etc.", "p.m.", "U.S.", "Inc.") or after a letter ("Plan B."):
// a plain slip of a very common word there opens the next sentence and is
// corrected; another word one cheap slip from a lexicon word is reported,
// unchanged, with its candidates; a name stays as it is, unreported; and
// after a title or a middle initial nothing changes.
func TestAmbiguousOpeners(t *testing.T) {
	c := corrector(t)
	unknown(t, c, "teh", "thsi", "hwever", "afterwrds", "goverment", "meanwile", "adn", "yoo",
		"starmer", "kuenssberg", "witkoff", "farage", "okonjo")
	fixed := []struct{ in, want string }{
		{"They sold pens, plums etc. Teh next day it rained.", "They sold pens, plums etc. The next day it rained."},
		{"Prices rose in the U.S. Thsi was new.", "Prices rose in the U.S. This was new."},
		{"We had to switch to Plan B. Teh first plan failed.", "We had to switch to Plan B. The first plan failed."},
		{"Many lack vitamin D. Thsi is common.", "Many lack vitamin D. This is common."},
		{"It was World War I. Teh war ended.", "It was World War I. The war ended."},
		{"Shares of Acme Inc. Thsi week fell.", "Shares of Acme Inc. This week fell."},
	}
	for _, tc := range fixed {
		edits := check(t, c, tc.in, tc.want)
		require.Len(t, edits, 1, tc.in)
		assert.False(t, edits[0].Suspect, tc.in)
		assert.GreaterOrEqual(t, edits[0].Confidence, initialMinConfidence, tc.in)
	}
	reported := []struct{ in, word, best string }{
		{"The talks ended at 5 p.m. Afterwrds the team left.", "Afterwrds", "Afterwards"},
		{"Talks began at 10 a.m. Hwever, no deal was made.", "Hwever", "However"},
		{"In the U.S. Goverment spending rose.", "Goverment", "Government"},
		{"They bought tents, rope etc. Meanwile the rain fell.", "Meanwile", "Meanwhile"},
	}
	for _, tc := range reported {
		edits := check(t, c, tc.in, tc.in)
		require.Len(t, edits, 1, tc.in)
		e := edits[0]
		assert.True(t, e.Suspect, tc.in)
		assert.Equal(t, tc.word, e.Before, tc.in)
		require.NotEmpty(t, e.Candidates, tc.in)
		assert.Equal(t, tc.best, e.Candidates[0], tc.in)
	}
	for _, in := range []string{
		"We met at 5 p.m. Starmer spoke first.",
		"News from the U.S. Kuenssberg said was grim.",
		"Shares of Acme Inc. Witkoff sold were few.",
		"The U.S. Farage camp was quiet.",
		"We met Dr. Yoo today.",
		"He spoke to Mr. Adn yesterday.",
		"The author J. K. Rowling wrote it.",
		"The director, J. Yoo, spoke.",
		"It ended there. J. Okonjo spoke next.",
		"President George W. Bush spoke.",
		// A word the document repeats is a name.
		"Ask the U.S. Okonjo team. The Okonjo team said no.",
	} {
		_, edits := c.Correct(in)
		assert.Empty(t, edits, in)
	}
	check(t, c, "Sen. Warren abuot the bill.", "Sen. Warren about the bill.")
}

// TestTokenizeInitials checks which letters before a period are a name's
// initial (the next unknown capitalised word is a name) and which may end a
// sentence (it is ambiguous).
func TestTokenizeInitials(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct {
		in        string
		ambiguous bool // of the last word
	}{
		{"switch to Plan B. Zorvek", true},
		{"lack vitamin D. Zorvek", true},
		{"the U.S. Zorvek", true},
		{"George W. Zorvek", false},
		{"J. K. Zorvek", false},
		{"Mr. J. Zorvek", false},
		{"the director, J. Zorvek", false},
		{"It ended. J. Zorvek", false},
		{"J. Zorvek", false},
		{"Dr. Zorvek", false},
		{"switch to Plan B. The", false}, // known: kept within the sentence
		{"Acme Inc., Zorvek", false},     // a comma: the sentence goes on
	} {
		toks := tokenize(tc.in, nil)
		c.openers(tc.in, toks)
		last := toks[len(toks)-1]
		assert.Equal(t, tc.ambiguous, last.ambiguous, tc.in)
		assert.False(t, last.initial, tc.in)
	}
}
