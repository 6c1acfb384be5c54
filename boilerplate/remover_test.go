package boilerplate

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustNew(t testing.TB, o Options) *Remover {
	t.Helper()
	r, err := New(o)
	require.NoError(t, err)
	return r
}

func rulesOf(res Result) []string {
	var out []string
	for _, e := range res.Edits {
		out = append(out, e.Rule)
	}
	return out
}

// checkEdits verifies the edits describe exactly how Text was made from in.
func checkEdits(t *testing.T, in string, res Result) {
	t.Helper()
	var b strings.Builder
	last := 0
	for _, e := range res.Edits {
		require.Equal(t, Stage, e.Stage)
		require.GreaterOrEqual(t, e.Start, last, "edits overlap or are out of order")
		require.Equal(t, in[e.Start:e.End], e.Before)
		b.WriteString(in[last:e.Start])
		if e.Suspect {
			b.WriteString(e.Before)
		} else {
			b.WriteString(e.After)
		}
		last = e.End
	}
	b.WriteString(in[last:])
	require.Equal(t, res.Text, b.String())
}

func TestClean(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge for repairs, officials said.\n"
	long := para + "Engineers found cracks in two of the supporting piers during a routine inspection in the spring.\n"
	tests := []struct {
		name  string
		opts  Options
		in    string
		want  string
		rules []string
		meta  map[string]string
	}{
		{name: "clean text untouched", in: para + para, want: para + para},
		{name: "advert line", in: para + "Advertisement\n" + para, want: para + para, rules: []string{"advert-line"}},
		{name: "advert line blank paragraphs", in: para + "\nADVERTISEMENT\n\n" + para, want: para + "\n" + para, rules: []string{"advert-line"}},
		{name: "date line at top", in: "Published: 3 February 2026\n" + para, want: para, rules: []string{"date"},
			meta: map[string]string{"date": "2026-02-03"}},
		{name: "date token glued to first paragraph", in: " date 2025-03-16 " + para, want: para, rules: []string{"date"},
			meta: map[string]string{"date": "2025-03-16"}},
		{name: "updated time", in: "Updated 14:05 GMT\n" + para, want: para, rules: []string{"date"},
			meta: map[string]string{"updated": "14:05Z"}},
		{name: "last modified at end", in: para + "Last modified on Mon 3 Mar 2025 09.30 GMT\n", want: para, rules: []string{"date"},
			meta: map[string]string{"updated": "2025-03-03T09:30Z"}},
		{name: "date in the middle stays", in: para + para + para + "3 February 2026\n" + para + para + para, want: para + para + para + "3 February 2026\n" + para + para + para},
		{name: "appeal glued before article",
			in:    "date 2024-11-02 Your support keeps our newsroom open. Reporting like this costs money. Please consider donating today. Donate now " + long,
			want:  long,
			rules: []string{"date", "appeal"}, meta: map[string]string{"date": "2024-11-02"}},
		{name: "appeal after article", in: para + "The bridge will reopen in May. If you value our journalism, please consider supporting us. Donate now\n",
			want: para + "The bridge will reopen in May.\n", rules: []string{"appeal"}},
		{name: "support in article stays", in: "The mayor said she would support the plan if the budget allowed it.\n", want: "The mayor said she would support the plan if the budget allowed it.\n"},
		{name: "read more link", in: para + "READ MORE: Bridge closure to cost city millions\n" + para, want: para + para, rules: []string{"readmore-link"}},
		{name: "read more tail", in: "Officials have not said when the work will end. Read more\n", want: "Officials have not said when the work will end.\n", rules: []string{"readmore-tail"}},
		{name: "read more in a sentence stays", in: "Children who read more do better at school.\n", want: "Children who read more do better at school.\n"},
		{name: "share bar", in: para + "Share this article\nFacebook Twitter Email\n" + para, want: para + para, rules: []string{"share-line", "share-line"}},
		{name: "image credit line", in: "Image: Getty Images\n" + para, want: para, rules: []string{"credit-line"}},
		{name: "photo credit inline", in: "The new stadium opened on Friday. (Photo: Jane Roe/Example Agency) Fans queued for hours.\n",
			want: "The new stadium opened on Friday. Fans queued for hours.\n", rules: []string{"credit-span"}},
		{name: "cookie notice", in: long + "We use cookies to improve your experience on our site. By continuing to browse you agree.\n", want: long, rules: []string{"cookie-line"}},
		{name: "comment counter", in: para + "42 comments\n", want: para, rules: []string{"comments-line"}},
		{name: "copyright", in: para + "© 2025 Example Media Ltd. All rights reserved.\n", want: para, rules: []string{"copyright-line"}},
		{name: "newsletter", in: para + "Sign up to our free morning newsletter and get the news in your inbox\n", want: para, rules: []string{"newsletter-line"}},
		{name: "disabled set", opts: Options{Disable: []string{"advert"}}, in: para + "Advertisement\n" + para, want: para + "Advertisement\n" + para},
		{name: "allow list", opts: Options{Allow: []string{`(?i)^advertisement$`}}, in: para + "Advertisement\n" + para, want: para + "Advertisement\n" + para},
		{name: "user phrase", opts: Options{Phrases: []string{"Click for the live blog"}}, in: para + "Click for the live blog\n" + para, want: para + para, rules: []string{"user-phrase"}},
		{name: "user pattern span", opts: Options{Patterns: []string{`\[ID:\d+\]`}}, in: "The bridge [ID:42] is closed.\n", want: "The bridge is closed.\n", rules: []string{"user-pattern"}},
		{name: "max removed", in: "Advertisement\nShare this article\nshort text.\n", want: "Advertisement\nShare this article\nshort text.\n", rules: []string{"advert-line", "share-line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustNew(t, tt.opts)
			res := r.Clean(tt.in)
			assert.Equal(t, tt.want, res.Text)
			assert.Equal(t, tt.rules, rulesOf(res))
			if tt.meta != nil {
				assert.Equal(t, tt.meta, res.Meta)
			}
			checkEdits(t, tt.in, res)
			// Idempotent.
			again := r.Clean(res.Text)
			assert.Equal(t, res.Text, again.Text, "second pass changed the text")
		})
	}
}

func TestMaxRemovedWarns(t *testing.T) {
	r := mustNew(t, Options{})
	in := "Advertisement\nShare this article\nshort text.\n"
	res := r.Clean(in)
	require.Len(t, res.Warnings, 1)
	assert.Contains(t, res.Warnings[0], "max_removed")
	for _, e := range res.Edits {
		assert.True(t, e.Suspect)
		assert.Equal(t, e.Before, e.After)
	}
	r = mustNew(t, Options{MaxRemoved: 1})
	assert.Equal(t, "short text.\n", r.Clean(in).Text)
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		opts Options
		key  string
	}{
		{Options{Mode: "fancy"}, "mode"},
		{Options{MaxRemoved: 1.5}, "max_removed"},
		{Options{Disable: []string{"nosuchrule"}}, "disable"},
		{Options{Patterns: []string{"("}}, "patterns"},
		{Options{Allow: []string{"[a-"}}, "allow"},
		{Options{Phrases: []string{" "}}, "phrases"},
		{Options{MinDocs: -1}, "min_docs"},
		{Options{MinShare: 2}, "min_share"},
		{Options{MinSegment: -3}, "min_segment"},
		{Options{MaxSources: -1}, "max_sources"},
	}
	for _, tt := range tests {
		_, err := New(tt.opts)
		require.Error(t, err, "%+v", tt.opts)
		var ke interface{ Key() string }
		require.True(t, errors.As(err, &ke))
		assert.Equal(t, tt.key, ke.Key())
		assert.True(t, strings.HasPrefix(err.Error(), "boilerplate: "+tt.key+": "), err.Error())
	}
}

func TestZeroOptionsAreDefaults(t *testing.T) {
	a := mustNew(t, Options{}).Options()
	b := mustNew(t, DefaultOptions()).Options()
	assert.Equal(t, b, a)
}

func TestInvalidUTF8(t *testing.T) {
	r := mustNew(t, Options{})
	in := "Advertisement\n\xff\xfe broken bytes here that are long enough to stay.\nThe pier \xc3 reopened on Monday after repairs, officials said.\n"
	res := r.Clean(in)
	assert.True(t, utf8.ValidString(res.Text))
	checkEdits(t, in, res)
	assert.Equal(t, []string{"advert-line", "invalid-utf8", "invalid-utf8"}, rulesOf(res))
	assert.Equal(t, "\uFFFD broken bytes here that are long enough to stay.\nThe pier \uFFFD reopened on Monday after repairs, officials said.\n", res.Text)
}

func TestDisableNames(t *testing.T) {
	for _, ri := range Rules() {
		_, err := New(Options{Disable: []string{ri.Name, ri.Set}})
		assert.NoError(t, err, ri.Name)
	}
}

func TestConcurrentUse(t *testing.T) {
	docs := readCorpus(t)
	p := learnCorpus(docs, Options{})
	r := mustNew(t, Options{}).WithProfile(p)
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = r.CleanSource(d.source, d.text).Text
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for i, d := range docs {
				if got := r.CleanSource(d.source, d.text).Text; got != want[i] {
					t.Errorf("%s: concurrent result differs", d.name)
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
