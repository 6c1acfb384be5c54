package spell

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/edit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	englishOnce sync.Once
	english     *Corrector
)

// corrector returns a Corrector over the built-in lexicon with the default
// options, shared by the tests.
func corrector(t testing.TB) *Corrector {
	t.Helper()
	englishOnce.Do(func() {
		c, err := New(englishLexicon(t), Options{})
		require.NoError(t, err)
		english = c
	})
	return english
}

func check(t *testing.T, c *Corrector, in, want string) []edit.Edit {
	t.Helper()
	got, edits := c.Correct(in)
	assert.Equal(t, want, got, "input %q", in)
	for _, e := range edits {
		assert.Equal(t, in[e.Start:e.End], e.Before, "edit %+v", e)
		assert.Equal(t, Stage, e.Stage)
		if e.Suspect {
			assert.Equal(t, e.Before, e.After)
		}
	}
	return edits
}

func TestNonWords(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"The army deployed a signifiant force.", "The army deployed a significant force."},
		{"They will go thorugh the details.", "They will go through the details."},
		{"It was a susprise to everyone.", "It was a surprise to everyone."},
		{"The goverment said no.", "The government said no."},
		{"We could not accomodate them.", "We could not accommodate them."},
		{"Wait untill tomorrow.", "Wait until tomorrow."},
		{"She did not recieve the letter.", "She did not receive the letter."},
		{"The comittee met on Monday.", "The committee met on Monday."},
		{"It happend last week.", "It happened last week."},
		{"He was comming home.", "He was coming home."},
		{"Its usefull.", "Its useful."},
	} {
		check(t, c, tc.in, tc.want)
	}
}

func TestCaseAndPunctuation(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"Thorugh, the door.", "Through, the door."},
		{"THE ROAD WENT THORUGH THE HILLS", "THE ROAD WENT THROUGH THE HILLS"},
		{"the goverment's plan", "the government's plan"},
		{"the goverment’s plan", "the government’s plan"},
		{"(goverment)", "(government)"},
		{"“the goverment”", "“the government”"},
		{"a well-knwon actor", "a well-known actor"},
	} {
		check(t, c, tc.in, tc.want)
	}
}

func TestNeverTouched(t *testing.T) {
	c := corrector(t)
	for _, in := range []string{
		"He spoke to Laura Kuenssberg on Sunday.",
		"The envoy, Steve Witkoff, flew to Kirovohrad.",
		"The flarbing went on. Later the flarbing stopped.", // used twice
		"Talks with NATO and the UNHCR resumed.",
		"Version 2b of the modl3 was used by 3rd parties.",
		"See https://exmaple.com/thorugh for details.",
		"Write to newsdesk@exmaple.co.uk today.",
		"Follow @thorugh and #goverment online.",
		"Open confgi.toml and run mian.go first.",
		"The function parse_thorugh returns early.",
		"She said the colour and the color were both fine.",
		"He met the defence and defense teams.",
		"iPhone sales rose and McDonald's stayed flat.",
		"Raab agreed. Javid said no. Zahawi resigned.",         // sentence-initial names
		"STARMER MEETS ZELENSKY IN KYIV",                       // a headline in capitals
		"The influencer and the podcasters were vlogging.",     // free derivations
		"Kirovohrad Oblast lies south. Wes Streeting said so.", // names at sentence start
		"We had had enough, and that that was over.",
		"",
		"   \n\t ",
	} {
		check(t, c, in, in)
	}
}

func TestIgnore(t *testing.T) {
	c, err := New(englishLexicon(t), Options{Ignore: []string{"Thorugh"}})
	require.NoError(t, err)
	check(t, c, "go thorugh the door", "go thorugh the door")
}

func TestDoubled(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"a long period of time to to discuss", "a long period of time to discuss"},
		{"we went to the\nthe shop", "we went to the\nshop"},
		{"The the report", "The report"},
		{"it is to to to late", "it is to late"},
		{"he had had enough", "he had had enough"},
		{"she said that that was wrong", "she said that that was wrong"},
		{"they played Duran Duran", "they played Duran Duran"},
		{"to, to be clear", "to, to be clear"},
	} {
		check(t, c, tc.in, tc.want)
	}
	off, err := New(englishLexicon(t), Options{Doubled: "off"})
	require.NoError(t, err)
	check(t, off, "time to to discuss", "time to to discuss")
}

func TestSpaces(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"which they seized in a surprise raidein August", "which they seized in a surprise raid in August"},
		{"he sat inthe back", "he sat in the back"},
		{"the gover nment said", "the government said"},
		{"a major annoucement ofthe day", "a major announcement of the day"},
	} {
		check(t, c, tc.in, tc.want)
	}
}

// TestSpacesOff checks that with spaces "off" a run-on or a broken word is
// neither split nor joined nor replaced by another single word: it is left
// as written and reported, its split or join first among the candidates.
// Other slips are still corrected.
func TestSpacesOff(t *testing.T) {
	off, err := New(englishLexicon(t), Options{Spaces: "off"})
	require.NoError(t, err)
	for _, tc := range []struct {
		in   string
		want []string // the first candidate of each suspect, in order
		rule string
	}{
		{"We went tothe shops with all of our friends and family today.", []string{"to the"}, "split"},
		{"We met inthe morning at the station.", []string{"in the"}, "split"},
		{"he sat inthe back", []string{"in the"}, "split"},
		{"They found alot of it.", []string{"a lot"}, "split"},
		{"The gover nment said no to the plan.", []string{"government", "government"}, "join"},
	} {
		edits := check(t, off, tc.in, tc.in)
		var firsts []string
		for _, e := range edits {
			assert.True(t, e.Suspect, "%+v", e)
			assert.Equal(t, tc.rule, e.Rule, "%+v", e)
			require.NotEmpty(t, e.Candidates, tc.in)
			firsts = append(firsts, e.Candidates[0])
		}
		assert.Equal(t, tc.want, firsts, tc.in)
	}
	check(t, off, "He was comming home.", "He was coming home.")
	check(t, off, "The comittee met on Monday.", "The committee met on Monday.")
}

func TestShortWordsInContext(t *testing.T) {
	c := corrector(t)
	in := "and surrender territory fo Russia before"
	edits := check(t, c, in, in)
	require.Len(t, edits, 1)
	e := edits[0]
	assert.True(t, e.Suspect)
	assert.Equal(t, "fo", e.Before)
	assert.Contains(t, e.Candidates, "to")
	assert.Contains(t, e.Candidates, "of")
}

func TestSuspectReported(t *testing.T) {
	c := corrector(t)
	in := "a new fribbled sign"
	_, edits := c.Correct(in)
	for _, e := range edits {
		assert.True(t, e.Suspect || e.Before != e.After)
	}
}

func TestLocale(t *testing.T) {
	gb, err := New(englishLexicon(t), Options{Locale: "en-GB"})
	require.NoError(t, err)
	check(t, gb, "The color of the defense.", "The colour of the defence.")
	us, err := New(englishLexicon(t), Options{Locale: "en-US"})
	require.NoError(t, err)
	check(t, us, "Colour of the defence.", "Color of the defense.")
}

func TestOptions(t *testing.T) {
	lex := englishLexicon(t)
	a, err := New(lex, Options{})
	require.NoError(t, err)
	b, err := New(lex, DefaultOptions())
	require.NoError(t, err)
	assert.Equal(t, a.Options(), b.Options())

	for _, tc := range []struct {
		opts Options
		key  string
		msg  string
	}{
		{Options{Engine: "magic"}, "engine", `spell: engine: unknown value "magic" (want "builtin" or "fuzzy")`},
		{Options{MinConfidence: 1.5}, "min_confidence", "spell: min_confidence: 1.5 is out of range (want 0..1)"},
		{Options{Locale: "fr"}, "locale", `spell: locale: unknown value "fr" (want "", "en-GB" or "en-US")`},
		{Options{Doubled: "yes"}, "doubled", `spell: doubled: unknown value "yes" (want "fix" or "off")`},
		{Options{Spaces: "no"}, "spaces", `spell: spaces: unknown value "no" (want "fix" or "off")`},
		{Options{MinConfidence: -0.1}, "min_confidence", "spell: min_confidence: -0.1 is out of range (want 0..1)"},
	} {
		_, err := New(lex, tc.opts)
		require.Error(t, err)
		var ke interface{ Key() string }
		require.True(t, errors.As(err, &ke))
		assert.Equal(t, tc.key, ke.Key())
		assert.Equal(t, tc.msg, err.Error())
		// Validate reports the same error without a lexicon.
		assert.Equal(t, err, tc.opts.Validate())
	}
	assert.NoError(t, Options{}.Validate())
	assert.NoError(t, DefaultOptions().Validate())
	assert.NoError(t, Options{MinConfidence: 1, Engine: "fuzzy", Locale: "en-GB", Doubled: "off", Spaces: "off"}.Validate())
	_, err = New(nil, Options{})
	assert.Error(t, err)
}

// TestSmallLexicon runs the corrector on a lexicon built in the test, with
// a user word merged over it.
func TestSmallLexicon(t *testing.T) {
	words := map[string]uint64{"the": 1000, "door": 50, "through": 80, "thorough": 5, "go": 100, "we": 200}
	lex := dict.New(words, map[[2]string]uint64{{"through", "the"}: 40})
	c, err := New(lex, Options{})
	require.NoError(t, err)
	got, _ := c.Correct("we go thorugh the door")
	assert.Equal(t, "we go through the door", got)
}

func TestDeterministic(t *testing.T) {
	c := corrector(t)
	in := strings.Repeat("teh cat sat on teh mat thorugh the nihgt. ", 3)
	want, wantEdits := c.Correct(in)
	for range 5 {
		got, edits := c.Correct(in)
		assert.Equal(t, want, got)
		assert.Equal(t, wantEdits, edits)
	}
}

// TestDoubledContentWordKept checks that a repeated content word, which
// may be meant, is reported rather than removed, and that a repeated
// function word still goes.
func TestDoubledContentWordKept(t *testing.T) {
	c := corrector(t)
	for _, in := range []string{
		"Whoever pays pays the most.",
		"What it is is a mess.",
		"What she does does matter.",
	} {
		edits := check(t, c, in, in)
		for _, e := range edits {
			assert.True(t, e.Suspect, "%+v", e)
		}
	}
	check(t, c, "She walked of of the stage.", "She walked of the stage.")
	check(t, c, "They sold it for for cash.", "They sold it for cash.")
}

// TestDoubledKeepsLines checks that removing a repeat never joins lines.
func TestDoubledKeepsLines(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"go to\nto bed", "go to\nbed"},
		{"in in in\nthe\nthe end\n", "in\nthe\nend\n"},
		{"of\nof\nof x", "of\n\nx"},
		{"a of\n  of  b", "a of\n  b"},
	} {
		check(t, c, tc.in, tc.want)
	}
}
