package dict

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustEnglish(t testing.TB) *Lexicon {
	t.Helper()
	l, err := English()
	require.NoError(t, err)
	return l
}

func TestEnglishSize(t *testing.T) {
	l := mustEnglish(t)
	assert.Greater(t, l.Len(), 120000)
	assert.Greater(t, l.base.bigramCount(), 200000)
}

func TestEnglishTheIsMostFrequent(t *testing.T) {
	l := mustEnglish(t)
	var top string
	var max uint64
	n := 0
	for w, c := range l.All() {
		n++
		if c > max {
			top, max = w, c
		}
	}
	assert.Equal(t, "the", top)
	assert.Equal(t, l.Len(), n)
}

func TestEnglishAllSorted(t *testing.T) {
	prev := ""
	for w, c := range mustEnglish(t).All() {
		require.Less(t, prev, w)
		require.NotZero(t, c, w)
		prev = w
	}
}

func TestEnglishVariantPairsPresent(t *testing.T) {
	l := mustEnglish(t)
	for _, pair := range [][2]string{
		{"color", "colour"}, {"defense", "defence"}, {"skepticism", "scepticism"},
		{"organize", "organise"}, {"center", "centre"}, {"catalog", "catalogue"},
	} {
		us, uk := pair[0], pair[1]
		cu, cg := l.Count(us), l.Count(uk)
		// Both are real spellings with web-scale counts: the American
		// form is the commoner on the web, the British one no rarity.
		assert.Greater(t, cu, uint64(100000), us)
		assert.Greater(t, cg, uint64(100000), uk)
		assert.Greater(t, cu, cg, "%s should outnumber %s", us, uk)
	}
}

func TestEnglishBigram(t *testing.T) {
	l := mustEnglish(t)
	assert.Greater(t, l.Bigram("of", "the"), uint64(1000000000))
	assert.Greater(t, l.Bigram("of", "the"), l.Bigram("in", "the"))
	assert.Equal(t, l.Bigram("of", "the"), l.Bigram("Of", "THE"))
	assert.Zero(t, l.Bigram("colour", "scepticism"))
	assert.Zero(t, l.Bigram("of", "qzxv"))
}
