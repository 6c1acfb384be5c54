package spell

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHarm runs clean news text, written for this project, through the
// corrector with the built-in lexicon: at most one word in 2,000 may change
// (issue 6). Suspects are reported, not changes, and do not count.
func TestHarm(t *testing.T) {
	t.Run("default", func(t *testing.T) { testHarm(t, Options{}) })
	t.Run("real_words", func(t *testing.T) { testHarm(t, Options{RealWords: true}) })
}

func testHarm(t *testing.T, opts Options) {
	b, err := os.ReadFile("testdata/clean_news.txt")
	require.NoError(t, err)
	text := string(b)
	c, err := New(englishLexicon(t), opts)
	require.NoError(t, err)
	out, edits := c.Correct(text)
	changed := 0
	for _, e := range edits {
		if e.Suspect {
			t.Logf("suspect %q %v", e.Before, e.Candidates)
		} else {
			changed++
			t.Logf("changed %q -> %q (%s, %.2f)", e.Before, e.After, e.Rule, e.Confidence)
		}
	}
	words := len(strings.Fields(text))
	t.Logf("%d words, %d changed, %d suspects reported", words, changed, len(edits)-changed)
	assert.LessOrEqual(t, changed*2000, words, "more than 1 changed word per 2,000")
	if changed == 0 {
		assert.Equal(t, text, out)
	}
}
