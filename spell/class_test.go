package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClassCounts checks the class bigram counts derived from a small
// lexicon: pairs with a name the lexicon has only capitalised, and with a
// number word, summed per word on each side.
func TestClassCounts(t *testing.T) {
	lex := newTestLexicon(t, `
to 1000
of 900
the 5000
years 80
one 300
two 200
Lyon 40
Paris 50
Turkey 30
turkey 30
NASA 20
to Paris 40
to Lyon 25
of Paris 5
Paris is 7
Paris Lyon 9
to turkey 6
to NASA 4
two years 12
of two 3
one of 50
`)
	cc := newClassCounts(lex)
	assert.Equal(t, uint64(65), cc.before[className]["to"], "to Paris + to Lyon; not turkey (listed lower case) nor NASA")
	assert.Equal(t, uint64(5), cc.before[className]["of"])
	assert.Equal(t, uint64(7), cc.after[className]["is"])
	assert.Equal(t, 70.0, cc.beforeSum[className], "a pair of two names counts on neither side")
	assert.Equal(t, 7.0, cc.afterSum[className])
	assert.Equal(t, uint64(12), cc.after[classNumber]["years"])
	assert.Equal(t, uint64(3), cc.before[classNumber]["of"])
	assert.Zero(t, cc.after[classNumber]["of"], `"one" is not a number word`)
}

// TestNeighbourClasses checks what stands either side of a word: a word, a
// name, a number, or nothing.
func TestNeighbourClasses(t *testing.T) {
	c := corrector(t)
	c.init()
	for _, tc := range []struct {
		in          string // the word looked at is "fo"
		left, right string
		lcls, rcls  wordClass
	}{
		{in: "surrender territory fo Russia before", left: "territory", rcls: className},
		{in: "troops from Kirovohrad fo the city", lcls: className, right: "the"},
		{in: "Russia fo the talks", lcls: className, right: "the"},       // a name opening a sentence
		{in: "Russia's fo the talks", lcls: className, right: "the"},     // and its possessive
		{in: "It's fo the talks", left: "it's", right: "the"},            // a word opening a sentence
		{in: "Then Kowalczyk's aide fo the", left: "aide", right: "the"}, // not next to the name
		{in: "They waited fo 10 minutes", left: "waited", rcls: classNumber},
		{in: "cut by 5% fo the year", lcls: classNumber, right: "the"},
		{in: "worth 2,500 fo each", lcls: classNumber, right: "each"},
		{in: "rose fo 3.5, then fell", left: "rose", rcls: classNumber},
		{in: "the 10-day fo the", right: "the"},             // a compound with a number
		{in: "in 2024. fo the", right: "the"},               // across a full stop
		{in: "shipped fo China last year", left: "shipped"}, // "china" is a word too
		{in: "a report fo the BBC", left: "report", right: "the"},
		{in: "a report by the BBC fo the", right: "the"},    // acronyms have no class
		{in: "connected tv Get fo alerts", right: "alerts"}, // "Get" is a word capitalised
		{in: "visit www.paris.fr fo details", right: "details"},
		{in: "the Paris-fo deal", right: "deal"}, // across a hyphen
	} {
		toks := tokenize(tc.in, nil)
		st := make([]status, len(toks))
		k := -1
		for i, tk := range toks {
			st[i] = c.status(tc.in, tk, nil)
			if tc.in[tk.start:tk.end] == "fo" {
				k = i
			}
		}
		require.GreaterOrEqual(t, k, 0, tc.in)
		nb := c.neighbours(tc.in, toks, st, make([]string, len(toks)), k)
		assert.Equal(t, neighbours{left: tc.left, right: tc.right, lcls: tc.lcls, rcls: tc.rcls}, nb, tc.in)
	}
}

func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"7": true, "2024": true, "2,500": true, "3.5": true, "45%": true, "1,000,000": true,
		"": false, "%": false, ",5": false, "5,": false, "5.": false, "10-day": false, "£5": false, "5bn": false, "x1": false,
	} {
		assert.Equal(t, want, isNumber(s), "%q", s)
	}
}

// TestClassContext checks corrections that only a name or a number next to
// the word can decide, and the guards that still hold. The sentences are
// the project's own.
func TestClassContext(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		// A name on the right.
		{"The troops moved ot Kharkiv overnight.", "The troops moved to Kharkiv overnight."},
		// A name on the left.
		{"Afterwards Okonkwo sai to reporters that the deal was off.", "Afterwards Okonkwo said to reporters that the deal was off."},
		{"She met Trudeau nad the premiers.", "She met Trudeau and the premiers."},
		// Names on both sides (a swap of three letters needs one side).
		{"Talks with Starmer adn Macron went well.", "Talks with Starmer and Macron went well."},
		// A number.
		{"They waited fo 10 minutes outside.", "They waited for 10 minutes outside."},
		{"The price rose ot 45 dollars a barrel.", "The price rose to 45 dollars a barrel."},
	} {
		check(t, c, tc.in, tc.want)
	}
	for _, tc := range []struct{ in, word string }{
		// The class cannot decide between "of", "for" and "to": reported.
		{"He met the mayor fo London on Monday.", "fo"},
		{"Putin said Ukraine must surrender territory fo Russia first.", "fo"},
		// Two classes and no word: "ins" is left alone.
		{"der lange Marsch ins Digitale", "ins"},
		// A capitalised word the lexicon has in lower case is not a name.
		{"watch on your connected tv Get news alerts", "tv"},
	} {
		out, edits := c.Correct(tc.in)
		assert.Contains(t, out, " "+tc.word+" ", tc.in)
		for _, e := range edits {
			if e.Before == tc.word {
				assert.True(t, e.Suspect, "%q: %+v", tc.in, e)
			}
		}
	}
}
