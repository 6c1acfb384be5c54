package spell

import (
	"math"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	realWordsOnce sync.Once
	realWordsC    *Corrector
)

// realWordsCorrector returns a Corrector over the built-in lexicon with
// real_words on, shared by the tests.
func realWordsCorrector(t testing.TB) *Corrector {
	t.Helper()
	realWordsOnce.Do(func() {
		c, err := New(englishLexicon(t), Options{RealWords: true})
		require.NoError(t, err)
		realWordsC = c
	})
	return realWordsC
}

func TestRealWords(t *testing.T) {
	rw := realWordsCorrector(t)
	for _, tc := range []struct{ in, want string }{
		// Slips both neighbours (or one, the other silent) call wrong.
		{"The mayor spoke about has own plans.", "The mayor spoke about his own plans."},
		{"How may people live there?", "How many people live there?"},
		{"They walked along thee river.", "They walked along the river."},
		{"She moved too the coast last year.", "She moved to the coast last year."},
		{"He kept the letter in hiss pocket.", "He kept the letter in his pocket."},
		{"Most of them were carried ut by hand.", "Most of them were carried out by hand."},
		{"We met a couple od weeks ago.", "We met a couple of weeks ago."},
		// "a" and "I" are context too.
		{"He said it wax a mistake.", "He said it was a mistake."},
		// Correct text stays.
		{"The form was filed on time.", "The form was filed on time."},
		{"She has her own car, and the city has its own police.", "She has her own car, and the city has its own police."},
		{"He put the books back on the shelf.", "He put the books back on the shelf."},
		{"It was a long way from home.", "It was a long way from home."},
		// Spelling variants are not slips for each other.
		{"The city center of the town did him a favor.", "The city center of the town did him a favor."},
		{"He failed to fulfill the promise in the city centre.", "He failed to fulfill the promise in the city centre."},
		// Contractions and possessives are left: their slips are grammar.
		{"We can't wait and it won’t be long.", "We can't wait and it won’t be long."},
		{"And we’re still here, so it’s time.", "And we’re still here, so it’s time."},
		// A change of number or tense is grammar too.
		{"Per capita incomes rose in the city.", "Per capita incomes rose in the city."},
		// Without context there is no evidence.
		{"thee", "thee"},
	} {
		check(t, rw, tc.in, tc.want)
	}
	// Off by default.
	check(t, corrector(t), "The mayor spoke about has own plans.", "The mayor spoke about has own plans.")
}

// TestRealWordEdits checks the edit a real-word correction reports.
func TestRealWordEdits(t *testing.T) {
	_, edits := realWordsCorrector(t).Correct("How may people live there?")
	require.Len(t, edits, 1)
	e := edits[0]
	assert.Equal(t, "realword", e.Rule)
	assert.Equal(t, "may", e.Before)
	assert.Equal(t, "many", e.After)
	assert.Greater(t, e.Confidence, 0.5)
	assert.Less(t, e.Confidence, 1.0)

	// A higher min_confidence holds back a weaker reading.
	strict, err := New(englishLexicon(t), Options{RealWords: true, MinConfidence: 0.99})
	require.NoError(t, err)
	check(t, strict, "How may people live there?", "How may people live there?")
}

// TestConfusionSet checks what a known word may be taken as a slip for:
// never its own spelling variant, inflection or contraction.
func TestConfusionSet(t *testing.T) {
	c := realWordsCorrector(t)
	c.Prepare()
	sc := c.getScratch()
	defer c.putScratch(sc)
	words := func(w string) []string {
		var out []string
		for _, k := range c.confusionOf(w, sc).words {
			out = append(out, k.word)
		}
		return out
	}
	for _, tc := range []struct {
		word      string
		has, lack []string
	}{
		{"center", nil, []string{"centre"}},
		{"centre", nil, []string{"center"}},
		{"favor", nil, []string{"favour"}},
		{"fulfill", nil, []string{"fulfil"}},
		{"color", nil, []string{"colour"}},
		{"cant", nil, []string{"can't"}},
		{"wont", nil, []string{"won't"}},
		{"its", nil, []string{"it's"}},
		{"incomes", nil, []string{"income"}},
		{"located", nil, []string{"locate"}},
		{"attaches", nil, []string{"attached"}},
		{"form", []string{"from", "for"}, nil},
		{"hiss", []string{"his"}, nil},
		{"thee", []string{"the"}, nil},
	} {
		got := words(tc.word)
		for _, w := range tc.has {
			assert.Contains(t, got, w, "confusion set of %q", tc.word)
		}
		for _, w := range tc.lack {
			assert.NotContains(t, got, w, "confusion set of %q", tc.word)
		}
	}
}

func TestSameLemma(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"income", "incomes", true},
		{"locate", "located", true},
		{"attaches", "attached", true},
		{"used", "use", true},
		{"form", "from", false},
		{"hiss", "his", false}, // not a plural
		{"bed", "be", false},   // too short to inflect
		{"its", "it", false},
		{"has", "his", false},
	} {
		assert.Equal(t, tc.want, sameLemma(tc.a, tc.b), "%s/%s", tc.a, tc.b)
		assert.Equal(t, tc.want, sameLemma(tc.b, tc.a), "%s/%s", tc.b, tc.a)
	}
}

// TestBoundAny checks that boundAny is bound(math.MaxUint64), and
// boundUpTo(m) bound(m), to the last bit, over random counts (equal ones
// too) with either neighbour silent.
func TestBoundAny(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	count := func() uint64 { return r.Uint64N(1<<(r.IntN(40)+1)) + 1 }
	for i := range 200_000 {
		x := realContext{w: "w", cw: count()}
		if r.IntN(4) > 0 {
			x.l, x.cl = "l", count()
		}
		if r.IntN(4) > 0 {
			x.r, x.cr = "r", count()
		}
		if i%7 == 0 {
			x.cr = x.cl
		}
		if x.l == "" && x.r == "" {
			continue
		}
		require.Equal(t, math.Float64bits(x.bound(math.MaxUint64)), math.Float64bits(x.boundAny()), "%+v", x)
		m := count()
		if i%3 == 0 {
			m = max(x.cl, x.cr) + m%4
		}
		require.Equal(t, math.Float64bits(x.bound(m)), math.Float64bits(x.boundUpTo(m, x.boundAny())), "%+v up to %d", x, m)
	}
}
