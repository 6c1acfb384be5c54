package boilerplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJunkScore(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64 // the score lies in [min, max]
	}{
		// Calls to action, appeals, sign-ups: clearly junk (>= 0.5).
		{"Get the morning briefing from Northstar straight to your phone every weekday.", 0.5, 3},
		{"Please consider a small gift today.", 0.5, 3},
		{"Your support helps us keep the Harbour Post free for every reader.", 0.5, 3},
		{"Sign up to our newsletter for the best of the week in your inbox.", 0.5, 3},
		{"Follow @harbourpost and visit www.harbourpost.example.com for updates.", 0.5, 3},
		{"Tips? Write to newsdesk@valley.example.org", 0.5, 3},
		{"Click here to download the app", 0.5, 3},
		// Neutral outlet text: neither junk nor reporting.
		{"Independent reporting takes time and money.", -0.1, 0.1},
		{"The Valley Times is owned by no one but its readers.", -0.1, 0.1},
		// Reporting prose and quotes: below zero.
		{"Freight companies warned that ships could be diverted to other harbours.", -1, -0.3},
		{"A spokesperson for the port authority said it had made a fair offer.", -1, -0.3},
		{"“We will not reopen the crossing until the engineers tell us it is safe,” the transport minister said on Monday.", -1, -0.4},
		// A quoted call to action stays below a bare one.
		{"“Please support us,” the club's chairman told supporters, according to a statement.", -1, 0.5},
		// Support as a noun in reporting is not a call to action.
		{"Support for the plan has grown among residents, the survey found, since the spring.", -0.1, 0.35},
		// Word lists without function words: a little junk-like.
		{"Home News Sport Weather Business Culture", 0.25, 0.5},
		{"", 0, 0},
		{"— | —", 0, 0},
	}
	for _, tt := range tests {
		got := junkScore(tt.text)
		assert.GreaterOrEqual(t, got, tt.min, "%q", tt.text)
		assert.LessOrEqual(t, got, tt.max, "%q", tt.text)
	}
}

func TestJunkScoreImperativeOnlyAtSentenceStart(t *testing.T) {
	// "Read" opening a sentence is a call to action; inside one it is not.
	lead := junkScore("Read the full report on the council website tonight.")
	inner := junkScore("Officials will read the full report on the council website tonight.")
	assert.Greater(t, lead, inner)
	assert.InDelta(t, 0.45, lead-inner, 0.01)
}

func TestWindowsMatchCueScore(t *testing.T) {
	// The windowed cue score (prefix sums over tokens) equals the score of the
	// window's own text.
	line := "The bridge stays shut. Get the morning briefing from Northstar straight to your phone every weekday, officials said."
	toks := words(tokenize(line, nil))
	n := 0
	windows(toks, runWords, nil, func(i int, h uint64, j float64) {
		n++
		text := line[toks[i].start:toks[i+runWords-1].end]
		var c junkCounts
		for _, tok := range tokenize(text, nil) {
			c.add(tok)
		}
		assert.InDelta(t, c.cueScore(), j, 1e-9, text)
		assert.Equal(t, runHash(toks[i:i+runWords]), h)
		assert.GreaterOrEqual(t, j, runJunk)
	})
	assert.Positive(t, n)
}

func TestTokenizeSplitsGluedSentences(t *testing.T) {
	line := "returned to talks.Get the app. Visit www.Example.com or e.g. U.S. sites"
	var got []string
	for _, tok := range tokenize(line, nil) {
		got = append(got, line[tok.start:tok.end])
	}
	assert.Equal(t, []string{"returned", "to", "talks.", "Get", "the", "app.", "Visit", "www.", "Example.com", "or", "e.g.", "U.S.", "sites"}, got)
	toks := tokenize(line, nil)
	assert.NotZero(t, toks[3].flags&fImper, "Get opens a sentence")
	assert.NotZero(t, toks[6].flags&fImper, "Visit opens a sentence")
}
