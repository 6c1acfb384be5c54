package boilerplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLearnedGluedPromo learns an outlet whose scraper glues a sign-off
// promo straight onto the last sentence ("...said.Get the ..."). The
// learned cut must stop at that sentence boundary, keeping the sentence
// whole and taking the whole promo; and a paragraph the outlet shares with
// others, which it once repeats with the promo glued on, must keep its
// prose.
func TestLearnedGluedPromo(t *testing.T) {
	const promo = "Get the Quayside evening digest sent to your inbox every weekday."
	people := []string{"Rosa Marin", "Dev Patel", "Owen Hart", "Nia Cole", "Sam Ito", "Kai Berg"}
	topics := []string{"ferry timetable", "library roof", "tram extension", "harbour wall", "school merger", "market hall"}
	shared := "Councillors will vote on the scheme in the spring, and the public can comment until the end of March."
	// A second shared paragraph has an app prompt pasted mid-sentence.
	mixed := "Shop owners told us they were split on the plan, and many said they would object in writing."
	pasted := strings.Replace(mixed, "many said", "many Download the Quayside app for alerts as this story unfolds said", 1)
	doc := func(i int, glueShared bool) string {
		last, mid := shared, mixed
		if glueShared {
			last = strings.TrimSuffix(shared, ".") + "." + promo
			mid = pasted
		}
		return fmt.Sprintf("Work on the %s starts next week after months of delay.\n\n%s\n\n%s\n\n\"It has taken far too long,\" %s said.%s\n",
			topics[i], mid, last, people[i], promo)
	}
	l := NewLearner(Options{})
	for i := range people {
		l.Add("quayside.example", doc(i, i < 3))
		l.Add("other.example", fmt.Sprintf("Readers wrote in about the %s.\n\n%s\n\n%s\n", topics[i], mixed, shared))
		l.Add("third.example", fmt.Sprintf("%s\n\nThe %s was discussed at length.\n", shared, topics[i]))
	}
	r := mustNew(t, Options{Disable: []string{"appeal", "newsletter"}}).WithProfile(l.Profile())
	in := doc(0, true)
	res := r.CleanSource("quayside.example", in)
	checkEdits(t, in, res)
	assert.Contains(t, res.Text, "\"It has taken far too long,\" Rosa Marin said.\n")
	assert.Contains(t, res.Text, shared+"\n")
	assert.Contains(t, res.Text, mixed+"\n")
	assert.NotContains(t, res.Text, "Quayside")
	assert.Equal(t, res.Text, r.CleanSource("quayside.example", res.Text).Text, "second pass")
}

// TestSplitUnitsGlued checks which glued full stops end a sentence.
func TestSplitUnitsGlued(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the vote was close.Get our app now.", []string{"the vote was close.", "Get our app now."}},
		{"\"We won,\" she said.\"Next year\" will tell.", []string{"\"We won,\" she said.\"Next year\" will tell."}},
		{"Troops from the U.S.Army base left.", []string{"Troops from the U.S.Army base left."}},
		{"It runs on Node.js and Go.", []string{"It runs on Node.js and Go."}},
		{"Prices rose 2.5 per cent.Then they fell.", []string{"Prices rose 2.5 per cent.", "Then they fell."}},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range splitSegments(tt.in, nil) {
			got = append(got, tt.in[u.start:u.end])
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}
