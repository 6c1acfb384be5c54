package spell

import (
	"math/rand/v2"
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

// TestRecallInContext drops one inner letter from one in twenty longer
// lower-case words of the clean text (a fixed, seeded choice) and checks
// that most come back and nothing else changes.
func TestRecallInContext(t *testing.T) {
	b, err := os.ReadFile("testdata/clean_news.txt")
	require.NoError(t, err)
	words := strings.Fields(string(b))
	damaged := make([]string, len(words))
	rng := rand.New(rand.NewPCG(1, 2))
	typos := 0
	for i, w := range words {
		damaged[i] = w
		if len(w) > 5 && isLowerASCII(w) && rng.IntN(20) == 0 {
			j := 1 + rng.IntN(len(w)-2)
			damaged[i] = w[:j] + w[j+1:]
			typos++
		}
	}
	c := corrector(t)
	out, _ := c.Correct(strings.Join(damaged, " "))
	got := strings.Fields(out)
	require.Len(t, got, len(words))
	fixed, harmed := 0, 0
	for i := range words {
		switch {
		case damaged[i] != words[i] && got[i] == words[i]:
			fixed++
		case damaged[i] == words[i] && got[i] != words[i]:
			harmed++
			t.Logf("harmed %q -> %q", words[i], got[i])
		}
	}
	t.Logf("%d typos, %d fixed, %d correct words changed", typos, fixed, harmed)
	assert.GreaterOrEqual(t, fixed*10, typos*8, "fewer than 80%% of the typos fixed")
	assert.Zero(t, harmed)
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
