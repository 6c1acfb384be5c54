package dict

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKnownCase(t *testing.T) {
	for _, l := range []*Lexicon{
		mustEnglish(t),
		New(map[string]uint64{"don't": 1, "the": 9, "London": 5, "NASA": 4, "McDonald": 3, "polish": 2, "Zürich": 1}, nil),
	} {
		tests := []struct {
			word  string
			known bool
			entry string
		}{
			{"the", true, "the"},
			{"The", true, "the"},
			{"THE", true, "the"},
			{"tHE", false, ""},
			{"London", true, "London"},
			{"LONDON", true, "London"},
			{"london", false, ""},
			{"lONDON", false, ""},
			{"NASA", true, "NASA"},
			{"Nasa", false, ""},
			{"nasa", false, ""},
			{"McDonald", true, "McDonald"},
			{"MCDONALD", true, "McDonald"},
			{"Mcdonald", false, ""},
			{"Polish", true, "polish"},
			{"POLISH", true, "polish"},
			{"Zürich", true, "Zürich"},
			{"ZÜRICH", true, "Zürich"},
			{"zürich", false, ""},
			{"don\u2019t", true, "don't"},
			{"DON\u2019T", true, "don't"},
			{"don't", true, "don't"},
			{"", false, ""},
			{"qzxv", false, ""},
			{"\xff", false, ""},
		}
		for _, tt := range tests {
			assert.Equal(t, tt.known, l.Known(tt.word), tt.word)
			e, c, ok := l.Lookup(tt.word)
			assert.Equal(t, tt.known, ok, tt.word)
			assert.Equal(t, tt.entry, e, tt.word)
			if ok {
				assert.Equal(t, l.Count(e), c, tt.word)
				assert.NotZero(t, c, tt.word)
			}
		}
		// Count is exact.
		assert.Zero(t, l.Count("The"))
		assert.Zero(t, l.Count("london"))
		assert.NotZero(t, l.Count("London"))
	}
}

func TestEnglishHasProperNounsAndContractions(t *testing.T) {
	l := mustEnglish(t)
	for _, w := range []string{"London", "NASA", "don't", "isn't", "I'm", "Washington", "organise", "organize", "café"} {
		assert.True(t, l.Known(w), w)
	}
	for _, w := range []string{"dog's", "London's", "teh", "recieve", "goverment"} {
		assert.False(t, l.Known(w), w)
	}
}

func TestVariants(t *testing.T) {
	l := mustEnglish(t)
	colour := []Variant{{"color", "en-US"}, {"colour", "en-GB"}, {"colour", "en-GB-ize"}, {"colour", "en-CA"}}
	assert.Equal(t, colour, l.Variants("colour"))
	assert.Equal(t, colour, l.Variants("color"))
	assert.Equal(t, colour, l.Variants("Colour"))
	assert.Equal(t, []Variant{{"organise", "en-GB"}, {"organize", "en-US"}, {"organize", "en-GB-ize"}, {"organize", "en-CA"}},
		l.Variants("organize"))
	assert.Contains(t, l.Variants("defence"), Variant{"defense", "en-US"})
	assert.Contains(t, l.Variants("skepticism"), Variant{"scepticism", "en-GB"})
	assert.Nil(t, l.Variants("the"))
	assert.Nil(t, l.Variants("qzxv"))

	// The result is the caller's.
	v := l.Variants("colour")
	v[0].Word = "x"
	assert.Equal(t, colour, l.Variants("colour"))

	// Every variant is a word of the lexicon, lists itself, has at least
	// two spellings, and every locale is listed.
	n := 0
	for w := range l.base.variantIndex() {
		vs := l.Variants(w)
		spellings := map[string]bool{}
		for _, v := range vs {
			require.True(t, l.Known(v.Word), v.Word)
			require.Contains(t, Locales, v.Locale)
			spellings[v.Word] = true
		}
		require.True(t, spellings[w], w)
		require.GreaterOrEqual(t, len(spellings), 2, w)
		n++
	}
	assert.Greater(t, n, 7000)
}

func TestNew(t *testing.T) {
	words := map[string]uint64{"of": 10, "the": 20, "colour": 3, "Kyiv": 2}
	bigrams := map[[2]string]uint64{{"of", "the"}: 7}
	l := New(words, bigrams)
	words["of"] = 99 // New copies
	assert.Equal(t, 4, l.Len())
	assert.Equal(t, uint64(10), l.Count("of"))
	assert.Equal(t, uint64(7), l.Bigram("of", "the"))
	assert.Equal(t, uint64(7), l.Bigram("Of", "THE"))
	assert.Zero(t, l.Bigram("the", "of"))
	assert.True(t, l.Known("KYIV"))
	assert.Nil(t, l.Variants("colour"))
	var got []string
	for w := range l.All() {
		got = append(got, w)
	}
	assert.Equal(t, []string{"Kyiv", "colour", "of", "the"}, got)

	empty := New(nil, nil)
	assert.Zero(t, empty.Len())
	assert.False(t, empty.Known("the"))
	assert.Zero(t, empty.Bigram("of", "the"))
}

func TestWith(t *testing.T) {
	en := mustEnglish(t)
	theBefore := en.Count("the")
	lenBefore := en.Len()
	wl, err := LoadFile(filepath.Join("testdata", "newsroom.txt"))
	require.NoError(t, err)

	l := en.With(wl)
	assert.Equal(t, uint64(5000000), l.Count("Zelenskyy"))
	assert.Equal(t, uint64(2000000), l.Count("Kyiv"))
	assert.Equal(t, uint64(UserCount), l.Count("C#"))
	assert.Equal(t, uint64(7), l.Count("the"), "a list's count overrides")
	assert.Equal(t, en.Count("newsroom"), l.Count("newsroom"), "no count keeps the lexicon's")
	assert.True(t, l.Known("ZELENSKYY"))
	assert.False(t, l.Known("zelenskyy"))
	assert.Equal(t, en.Bigram("of", "the"), l.Bigram("of", "the"))
	assert.Equal(t, en.Variants("colour"), l.Variants("colour"))

	// The built-in lexicon is untouched.
	assert.Equal(t, theBefore, en.Count("the"))
	assert.Equal(t, lenBefore, en.Len())
	assert.False(t, en.Known("Zelenskyy"))

	// All merges the added words in order and agrees with Count and Len.
	n := 0
	prev := ""
	for w, c := range l.All() {
		require.Less(t, prev, w)
		require.Equal(t, l.Count(w), c, w)
		prev = w
		n++
	}
	assert.Equal(t, l.Len(), n)
	assert.Equal(t, en.Len()+3, n) // Zelenskyy, Kyiv, C#; "newsroom" and "the" exist

	// Later lists override earlier ones; With stacks.
	later, err := ReadWordList(strings.NewReader("Kyiv 9\n"), "later")
	require.NoError(t, err)
	assert.Equal(t, uint64(9), en.With(wl, later).Count("Kyiv"))
	assert.Equal(t, uint64(9), l.With(later).Count("Kyiv"))
	assert.Equal(t, uint64(5000000), l.With(later).Count("Zelenskyy"))
	assert.Equal(t, uint64(2000000), en.With(later, wl).Count("Kyiv"))
	assert.Equal(t, l.Len(), l.With(nil).Len())

	hun, err := LoadFile(filepath.Join("testdata", "newsroom.dic"))
	require.NoError(t, err)
	assert.True(t, en.With(hun).Known("Zelenskyy"))
}

func TestEnglishConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			l, err := English()
			assert.NoError(t, err)
			assert.True(t, l.Known("MCDONALD") == l.Known("McDonald"))
			assert.NotEmpty(t, l.Variants("colour"))
		})
	}
	wg.Wait()
}

func TestCorruptData(t *testing.T) {
	tests := []struct{ name, words, counts, bigrams string }{
		{"counts length", "a\n", "1234", ""},
		{"missing word", "a\n", "1234512345", ""},
		{"trailing bytes", "a\nb", "12345", ""},
		{"empty word", "\n", "12345", ""},
		{"duplicate", "a\na\n", "1234512345", ""},
		{"bigram length", "a\n", "12345", "123"},
		{"bigram range", "a\n", "12345", "\x05\x00\x00\x00\x00\x00\x01\x00\x00\x00"},
	}
	for _, tt := range tests {
		_, err := newTable(tt.words, tt.counts, tt.bigrams, "")
		assert.Error(t, err, tt.name)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"the", "The", "LONDON", "ZÜRICH", "\xff", "", "ǅ", "İstanbul"} {
		f.Add(s, "of")
	}
	l := mustEnglish(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		e, c, ok := l.Lookup(a)
		if !ok {
			require.Zero(t, c)
			require.Empty(t, e)
			require.Zero(t, l.Bigram(a, b))
			return
		}
		require.True(t, utf8.ValidString(e) || !utf8.ValidString(a))
		require.Equal(t, l.Count(e), c)
		_ = l.Bigram(a, b)
		_ = slices.Clone(l.Variants(a))
	})
}
