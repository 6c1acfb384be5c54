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
		got, edits := c.Correct("the goverment said go thorugh the door with signifiant force")
		assert.Equal(t, "the government said go through the door with significant force", got, engine)
		assert.Len(t, edits, 3)
		assert.Equal(t, []string{"surprise"}, c.Suggest("susprise", 3), engine)
	}
}
