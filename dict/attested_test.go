package dict

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnglishAttested(t *testing.T) {
	l := mustEnglish(t)
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"largesse", true}, {"Largesse", true}, {"LARGESSE", true},
		{"lARGESSE", false}, // no other casing
		{"the", false},      // listed: Known, not attested
		{"London", false},
		{"goverment", false}, // a misspelling no curated list has
		{"", false},
	} {
		assert.Equal(t, tc.want, l.Attested(tc.word), tc.word)
		if tc.want {
			assert.False(t, l.Known(tc.word), "%s: an attested word is not Known", tc.word)
			assert.Zero(t, l.Count(tc.word), tc.word)
		}
	}
	wl, err := ReadWordList(strings.NewReader("Zelenskyy\n"), "names")
	require.NoError(t, err)
	assert.True(t, l.With(wl).Attested("largesse"), "With keeps the tier")
	assert.False(t, New(map[string]uint64{"largesse": 5}, nil).Attested("largesse"), "New has no tier")
}

// TestEnglishAttestedData checks the shape of data/attested.txt: sorted
// lowercase words, none of them in the lexicon in any case.
func TestEnglishAttestedData(t *testing.T) {
	l := mustEnglish(t)
	words := strings.Split(strings.TrimSuffix(attestedTxt, "\n"), "\n")
	require.Greater(t, len(words), 10000)
	folded := make(map[string]bool, l.Len())
	for w := range l.All() {
		folded[strings.ToLower(w)] = true
	}
	for i, w := range words {
		require.Regexp(t, `^[a-z]{4,}$`, w)
		if i > 0 {
			require.Less(t, words[i-1], w, "attested.txt is not sorted")
		}
		require.False(t, folded[w], "%s is in the lexicon", w)
		require.True(t, l.Attested(w), w)
	}
}

func TestAttestedList(t *testing.T) {
	for _, text := range []string{"bb\ndd\nff\n", "bb\ndd\nff"} {
		a := newAttestedList(text)
		for _, w := range []string{"bb", "dd", "ff"} {
			assert.True(t, a.has(w), "%q in %q", w, text)
		}
		for _, w := range []string{"", "a", "c", "ee", "g", "ff\n", "bbb"} {
			assert.False(t, a.has(w), "%q in %q", w, text)
		}
	}
	assert.False(t, newAttestedList("").has(""))
	assert.False(t, newAttestedList("\n").has("a"))
}

func BenchmarkAttested(b *testing.B) {
	l, err := English()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"largesse", "Chai", "goverment", "zzzz"}
	l.Attested("warm") // build the index outside the loop
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink = l.Attested(words[i%len(words)])
	}
}

// FuzzAttested checks that Attested never panics, that an attested word is
// never Known, and that the tier and a small list agree with a plain set.
func FuzzAttested(f *testing.F) {
	for _, s := range []string{"chai", "Chai", "CHAI", "the", "", "\xff", "İstanbul", "zzzz\n", "a\nb"} {
		f.Add(s)
	}
	l := mustEnglish(f)
	small := newAttestedList("bb\ndd\nff\n")
	f.Fuzz(func(t *testing.T, w string) {
		if l.Attested(w) {
			require.False(t, l.Known(w), w)
		}
		require.Equal(t, w == "bb" || w == "dd" || w == "ff", small.has(w), w)
	})
}
