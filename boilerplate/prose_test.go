package boilerplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProseAboutJunkStays checks that rules keyed on words news prose also
// uses (newsletter, register, donate) keep sentences that report on such
// things, and remove only the call to action glued to real prose.
func TestProseAboutJunkStays(t *testing.T) {
	r := mustNew(t, Options{MaxRemoved: 1})
	lead := "The harbour board met on Thursday to discuss dredging the outer channel.\n\n"
	tests := []struct {
		name  string
		line  string
		want  string // the line after cleaning; "" when it goes whole
		rules []string
	}{
		{name: "third-person report on an alert scheme",
			line: "Drivers who sign up for the free text bulletin will hear about lane closures first, the highways agency said.",
			want: "Drivers who sign up for the free text bulletin will hear about lane closures first, the highways agency said."},
		{name: "opinion about paid newsletters",
			line: "Analysts doubt many people will subscribe to yet another paid newsletter about the housing market.",
			want: "Analysts doubt many people will subscribe to yet another paid newsletter about the housing market."},
		{name: "company plans a bulletin",
			line: "The bank confirmed it would join other lenders in mailing savers a quarterly e-mail bulletin on rates.",
			want: "The bank confirmed it would join other lenders in mailing savers a quarterly e-mail bulletin on rates."},
		{name: "prompt glued after a report loses only the prompt",
			line: "The ferry will run again from May, the operator said. Sign up for our weekly travel newsletter here.",
			want: "The ferry will run again from May, the operator said.", rules: []string{"newsletter-line"}},
		{name: "prompt glued before a report loses only the prompt",
			line: "Get our morning newsletter in your inbox. Tolls on the crossing rise by 5% in April.",
			want: "Tolls on the crossing rise by 5% in April.", rules: []string{"newsletter-line"}},
		{name: "a prompt on its own line goes",
			line: "Want the week's top stories? Sign up to our free newsletter and get them in your inbox.",
			want: "", rules: []string{"newsletter-line"}},
		{name: "the outlet speaking of itself is a call to action",
			line: "Join our weekly digest newsletter. No junk mail, we promise.",
			want: "", rules: []string{"newsletter-line"}},
		{name: "an attributed quote in the first person stays",
			line: "\"We will post every tenant a newsletter about the works,\" the housing officer said.",
			want: "\"We will post every tenant a newsletter about the works,\" the housing officer said."},
		{name: "reported appeal stays",
			line: "Please consider donating blankets to the night shelter, the imam told worshippers after Friday prayers.",
			want: "Please consider donating blankets to the night shelter, the imam told worshippers after Friday prayers."},
		{name: "reported support slogan stays",
			line: "Your support means everything, the mayor told volunteers at a fundraiser in Hull on Friday.",
			want: "Your support means everything, the mayor told volunteers at a fundraiser in Hull on Friday."},
		{name: "a real appeal still goes",
			line: "Your support helps us keep our reporting free for everyone. Please consider donating today.",
			want: "", rules: []string{"appeal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Clean(lead + tt.line + "\n")
			checkEdits(t, lead+tt.line+"\n", res)
			want := lead + tt.want + "\n"
			if tt.want == "" {
				want = lead[:len(lead)-1]
			}
			assert.Equal(t, want, res.Text)
			assert.Equal(t, tt.rules, rulesOf(res))
		})
	}
}
