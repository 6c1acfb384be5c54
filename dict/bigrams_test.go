package dict

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBigramsNew(t *testing.T) {
	l := New(map[string]uint64{"of": 10, "the": 20, "Kyiv": 2, "to": 5},
		map[[2]string]uint64{{"to", "Kyiv"}: 3, {"of", "the"}: 7, {"to", "the"}: 4})
	var got [][2]string
	var counts []uint64
	for p, n := range l.Bigrams() {
		got = append(got, p)
		counts = append(counts, n)
	}
	assert.Equal(t, [][2]string{{"of", "the"}, {"to", "Kyiv"}, {"to", "the"}}, got)
	assert.Equal(t, []uint64{7, 3, 4}, counts)
	for range New(nil, nil).Bigrams() {
		t.Fatal("an empty lexicon has no bigrams")
	}
}

func TestBigramsEnglish(t *testing.T) {
	en := mustEnglish(t)
	n, stopped := 0, 0
	for p, c := range en.Bigrams() {
		if n%997 == 0 {
			require.Equal(t, en.Bigram(p[0], p[1]), c, "%q", p)
			require.Equal(t, p[0], mustEntry(t, en, p[0]))
		}
		n++
	}
	assert.Equal(t, en.base.bigramCount(), n)
	for range en.Bigrams() {
		if stopped++; stopped == 3 {
			break // the iterator stops when asked
		}
	}
	assert.Equal(t, 3, stopped)
	// A merged lexicon keeps the built-in bigrams.
	m := 0
	for range en.With(nil).Bigrams() {
		m++
	}
	assert.Equal(t, n, m)
}

func mustEntry(t *testing.T, l *Lexicon, w string) string {
	t.Helper()
	e, _, ok := l.Lookup(w)
	require.True(t, ok, w)
	return e
}
