package spell

import (
	"testing"

	"github.com/copyedit/copyedit/dict"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFuzzyEngine runs the corrector with sajari/fuzzy finding the
// candidates, on a lexicon small enough to train in a moment.
func TestFuzzyEngine(t *testing.T) {
	words := map[string]uint64{
		"the": 100000, "government": 900, "said": 5000, "through": 800, "thorough": 40,
		"door": 300, "go": 3000, "surprise": 200, "significant": 400, "force": 600,
	}
	lex := dict.New(words, map[[2]string]uint64{{"go", "through"}: 50})
	for _, engine := range []string{"", "fuzzy"} {
		c, err := New(lex, Options{Engine: engine})
		require.NoError(t, err)
		for in, want := range map[string]string{
			"the goverment said":    "the government said",
			"go thorugh the door":   "go through the door",
			"with signifiant force": "with significant force",
			"the government said":   "the government said",
		} {
			got, _ := c.Correct(in)
			assert.Equal(t, want, got, engine)
		}
		assert.Equal(t, []string{"surprise"}, c.Suggest("susprise", 3), engine)
	}
}
