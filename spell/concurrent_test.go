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
	in := "They will go thorugh the plan with the members of the comittee when it meets on Monday and then report to the minister."
	want := "They will go through the plan with the members of the committee when it meets on Monday and then report to the minister."
	testConcurrent(t, Options{}, in, want)
}

// TestConcurrentRealWords is TestConcurrent with real_words on, whose
// confusion sets are filled in by whichever goroutine needs one first.
func TestConcurrentRealWords(t *testing.T) {
	in := "How may people will go thorugh the plan with has own staff and the members of thee committee?"
	want := "How many people will go through the plan with his own staff and the members of the committee?"
	testConcurrent(t, Options{RealWords: true}, in, want)
}

func testConcurrent(t *testing.T, opts Options, in, want string) {
	c, err := New(englishLexicon(t), opts)
	require.NoError(t, err)
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
