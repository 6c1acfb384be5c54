package spell

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcurrent corrects from many goroutines at once on a fresh
// Corrector, so that the lazy vocabulary, the scan budget and the index
// build race each other (run with -race).
func TestConcurrent(t *testing.T) {
	c, err := New(englishLexicon(t), Options{})
	require.NoError(t, err)
	in := "They will go thorugh the plan with the members of the comittee when it meets on Monday and then report to the minister."
	want := "They will go through the plan with the members of the committee when it meets on Monday and then report to the minister."
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 + g {
				got, _ := c.Correct(in)
				assert.Equal(t, want, got)
				c.Suggest("signifiant", 3)
			}
		}()
	}
	wg.Wait()
}
