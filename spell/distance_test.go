package spell

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// fullOSA is the textbook O(n·m) optimal string alignment distance.
func fullOSA(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestOSA(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "acb", "thorugh", "through", "thorough", "tough",
		"signifiant", "significant", "ca", "abc", "kitten", "sitting", "naïve", "naive", "aab", "abba", "baab"}
	for _, a := range words {
		for _, b := range words {
			want := fullOSA([]rune(a), []rune(b))
			for k := 0; k <= 3; k++ {
				got := osa([]rune(a), []rune(b), k, nil)
				if want <= k {
					assert.Equal(t, want, got, "%q %q k=%d", a, b, k)
				} else {
					assert.Equal(t, k+1, got, "%q %q k=%d", a, b, k)
				}
			}
		}
	}
}

func TestChannelCost(t *testing.T) {
	cost := func(typo, word string) float64 { return channelCost([]rune(typo), []rune(word), nil) }
	assert.Zero(t, cost("word", "word"))
	assert.Less(t, cost("thorugh", "through"), cost("thorugh", "thorough")+0.5)
	assert.Less(t, cost("untill", "until"), cost("untill", "untie"), "doubled letter is cheap")
	assert.Less(t, cost("teh", "the"), cost("teh", "ten"), "transposition beats substitution")
	assert.Less(t, cost("wprd", "word"), cost("wxrd", "word"), "neighbouring key is cheap")
	assert.Greater(t, cost("bord", "word"), cost("wird", "word"), "first letter is dear")
}

func TestPatternDist(t *testing.T) {
	words := []string{"a", "ab", "ba", "abc", "acb", "thorugh", "through", "thorough", "tough",
		"signifiant", "significant", "ca", "kitten", "sitting", "naïve", "naive", "aab", "abba", "baab",
		"", "é", "\xff\xfe", "x\xffy", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"}
	// Random strings over a small alphabet exercise transpositions and
	// repeats far more than words do.
	seed := uint32(1)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for range 400 {
		n := int(next() % 12)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = []rune("abcé")[next()%4]
		}
		words = append(words, string(rs))
	}
	var p pattern
	for _, a := range words {
		q := []rune(a)
		if len(q) == 0 || len(q) > patternMax {
			continue
		}
		p.reset(q)
		for _, b := range words {
			assert.Equal(t, fullOSA(q, []rune(b)), p.dist(b), "%q %q", a, b)
		}
	}
}

// TestChannelQuery checks that channelQuery.cost is channelCost to the bit,
// on words and on random strings full of repeats, swaps and vowels.
func TestChannelQuery(t *testing.T) {
	words := []string{"", "a", "e", "ab", "ba", "thorugh", "through", "thorough", "signifiant",
		"significant", "untill", "until", "stomache", "stomach", "teh", "the", "wprd", "word", "naïve", "naive"}
	seed := uint32(7)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for range 300 {
		rs := make([]rune, next()%10)
		for i := range rs {
			rs[i] = []rune("aeqwsdtré")[next()%9]
		}
		words = append(words, string(rs))
	}
	var q channelQuery
	for _, a := range words {
		q.reset([]rune(a))
		for _, b := range words {
			want := channelCost([]rune(a), []rune(b), nil)
			got := q.cost([]rune(b), nil)
			if math.Float64bits(want) != math.Float64bits(got) {
				t.Fatalf("%q %q: cost %v, channelCost %v", a, b, got, want)
			}
		}
	}
}
