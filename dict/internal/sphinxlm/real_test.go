package sphinxlm

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// EnvModel names the en-us.lm.bin to test against; by default the path
// Debian's pocketsphinx-en-us installs it at.
const EnvModel = "COPYEDIT_SPHINXLM"

const debianPath = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"

var (
	realOnce  sync.Once
	realModel *Model
	realErr   error
)

// realEnUS returns the pocketsphinx en-us model, skipping the test when it
// is not on this machine.
func realEnUS(t *testing.T) *Model {
	t.Helper()
	path := os.Getenv(EnvModel)
	if path == "" {
		path = debianPath
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s (set %s to the en-us.lm.bin of pocketsphinx-en-us)", path, EnvModel)
	}
	realOnce.Do(func() {
		b, err := os.ReadFile(path)
		if err != nil {
			realErr = err
			return
		}
		realModel, realErr = Parse(b)
	})
	require.NoError(t, realErr)
	return realModel
}

func TestRealCounts(t *testing.T) {
	m := realEnUS(t)
	require.Equal(t, 3, m.Order())
	assert.Equal(t, []int{72547, 2051547, 1669625}, []int{m.Declared(1), m.Declared(2), m.Declared(3)})
	// Six filler bigrams were counted but never written.
	assert.Equal(t, []int{72547, 2051541, 1669625}, []int{m.Count(1), m.Count(2), m.Count(3)})
	for n := 1; n <= 3; n++ {
		got := 0
		for range m.NGrams(n) {
			got++
		}
		assert.Equal(t, m.Count(n), got, "order %d", n)
	}
}

func TestRealProbabilities(t *testing.T) {
	m := realEnUS(t)
	id := func(w string) int32 {
		i, ok := m.ID(w)
		require.True(t, ok, w)
		return i
	}
	score := func(words string) float64 {
		var s []int32
		for _, w := range strings.Fields(words) {
			s = append(s, id(w))
		}
		p, ok := m.Score(s...)
		require.True(t, ok, words)
		return p
	}
	the, _ := m.Unigram(id("the"))
	assert.InDelta(t, -1.39, the, 0.01, "P(the) ≈ 4%")

	total := 0.0
	for w := range int32(m.Count(1)) {
		p, _ := m.Unigram(w)
		total += math.Pow(10, p)
	}
	assert.InDelta(t, 1, total, 1e-3, "unigrams sum to 1")

	// Each context's distribution, backed off, sums to 1.
	for _, ctx := range []string{"the", "of", "i", "go", "new", "one of", "in the", "go through", "the united"} {
		h := strings.Fields(ctx)
		sum := 0.0
		for w := range int32(m.Count(1)) {
			ids := make([]int32, 0, 3)
			for _, x := range h {
				ids = append(ids, id(x))
			}
			p, _ := m.Score(append(ids, w)...)
			sum += math.Pow(10, p)
		}
		assert.InDelta(t, 1, sum, 0.01, "P(· | %s)", ctx)
	}

	assert.Greater(t, score("of the"), score("the of"))
	assert.Greater(t, score("go through the"), score("go thorough the"))
	assert.Greater(t, score("the united states"), score("the united state"))
	assert.Greater(t, score("according to the"), score("according of the"))
}

// TestRealARPA compares the unigrams with the ARPA file sphinx_lm_convert
// writes from the same model (COPYEDIT_SPHINXLM_ARPA; sphinx_lm_convert
// aborts after the unigrams, so a partial file is expected).
func TestRealARPA(t *testing.T) {
	m := realEnUS(t)
	path := os.Getenv("COPYEDIT_SPHINXLM_ARPA")
	if path == "" {
		t.Skip("set COPYEDIT_SPHINXLM_ARPA to `sphinx_lm_convert -i en-us.lm.bin -ofmt arpa` output")
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	in1 := false
	checked := 0
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == `\1-grams:`:
			in1 = true
			continue
		case strings.HasPrefix(line, `\`):
			in1 = false
		}
		fields := strings.Split(line, "\t")
		if !in1 || len(fields) != 3 {
			continue // the last line of a cut-off file is partial
		}
		prob, err1 := strconv.ParseFloat(fields[0], 64)
		bo, err2 := strconv.ParseFloat(fields[2], 64)
		require.NoError(t, err1)
		require.NoError(t, err2)
		i, ok := m.ID(fields[1])
		require.True(t, ok, fields[1])
		p, b := m.Unigram(i)
		assert.InDelta(t, prob, p, 6e-5, fields[1])
		assert.InDelta(t, bo, b, 6e-5, fields[1])
		checked++
	}
	require.NoError(t, sc.Err())
	t.Logf("%d unigrams agree with %s", checked, path)
	assert.Greater(t, checked, 1000)
}
