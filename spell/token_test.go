package spell

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenize(t *testing.T) {
	text := "He said: “Thorugh, the well-known door.” See www.a.com\nNew line. Then the\n\nNext para"
	var words []string
	var initial []bool
	for _, tk := range tokenize(text, nil) {
		words = append(words, text[tk.start:tk.end])
		initial = append(initial, tk.initial)
	}
	assert.Equal(t, []string{"He", "said", "Thorugh", "the", "well", "known", "door", "See", "www", "a", "com", "New", "line", "Then", "the", "Next", "para"}, words)
	assert.Equal(t, []bool{true, false, true, false, false, false, false, true, false, false, false, false, false, true, false, true, false}, initial)
}

func TestCodeLike(t *testing.T) {
	for _, s := range []string{"https://x.org", "www.example.com", "a@b.c", "@handle", "#tag", "file.txt",
		"snake_case", "a/b", "x=1", "covid19", "U.S.", "e.g.", "AT&T", "<b>",
		"--verbos", "-rf", "--dry-run", "-v,", "“--force”", "'-n'", "--colour=auto", "len()", "main().",
		"(-v)", "std::vector", "Foo::bar",
		// Square brackets inside a chunk, doubled, or around code.
		"a[i]", "arr[0]", "[1]", "[12],", "[[wiki]]", "[wiki]]", "[[wiki", "[x]y", "[text](link)",
		"[a.b]", "[word][1]", "][", "[[", "map[string]int"} {
		assert.True(t, codeLike(s), s)
	}
	for _, s := range []string{"word", "word.", "“word”", "(word),", "don’t", "well-known", "end.",
		"-", "--", "—", "—and", "–", "word—", "word--", "so-called", "(see)", "---",
		// Editorial brackets around words are punctuation.
		"[goverment]", "[the", "goverment]", "[sic],", "“[The", "him].”", "([sic])", "[well-known]"} {
		assert.False(t, codeLike(s), s)
	}
}

func TestClassify(t *testing.T) {
	for w, want := range map[string]caseClass{
		"word": caseLower, "Word": caseTitle, "I": caseTitle, "WORD": caseUpper, "iPhone": caseMixed,
		"McDonald": caseMixed, "Élan": caseTitle, "don't": caseLower,
	} {
		assert.Equal(t, want, classify(w), w)
	}
	assert.Equal(t, "Through", recase("through", caseTitle))
	assert.Equal(t, "THROUGH", recase("through", caseUpper))
	assert.Equal(t, "London", recase("London", caseLower))
}

// TestEditorialBrackets checks that words in square brackets, as an editor
// puts them into a quotation, are checked like words in parentheses, while
// brackets in code stay protected.
func TestEditorialBrackets(t *testing.T) {
	c := corrector(t)
	for _, tc := range []struct{ in, want string }{
		{"The [goverment] said no.", "The [government] said no."},
		{`"They [the goverment] have left," he said.`, `"They [the government] have left," he said.`},
		{"He said [the goverment's] plan failed.", "He said [the government's] plan failed."},
		{"“[Goverment] plans,” she said.", "“[Government] plans,” she said."},
		{"The (goverment) said no.", "The (government) said no."},
		// Code keeps its brackets and its words.
		{"Set a[goverment] to 1.", "Set a[goverment] to 1."},
		{"See [[goverment]] there.", "See [[goverment]] there."},
		{"Read arr[0] and [goverment](link) now.", "Read arr[0] and [goverment](link) now."},
	} {
		check(t, c, tc.in, tc.want)
	}
}
