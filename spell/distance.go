package spell

// osa returns the optimal string alignment distance between a and b (the
// Damerau–Levenshtein distance in which no substring is edited twice),
// counted over runes, or max+1 if it exceeds max. Only the diagonal band
// |i-j| <= max is computed.
func osa(a, b []rune, max int, buf []int) int {
	la, lb := len(a), len(b)
	if d := la - lb; d > max || -d > max {
		return max + 1
	}
	if la == 0 || lb == 0 {
		return la + lb
	}
	inf := max + 1
	w := lb + 1
	if cap(buf) < 3*w {
		buf = make([]int, 3*w)
	}
	prev2, prev, cur := buf[:w], buf[w:2*w], buf[2*w:3*w]
	for j := range prev {
		prev[j] = min(j, inf)
		prev2[j] = inf
	}
	for i := 1; i <= la; i++ {
		lo, hi := i-max, i+max
		if lo < 1 {
			lo = 1
		}
		if hi > lb {
			hi = lb
		}
		if i <= max {
			cur[0] = i
		} else {
			cur[0] = inf
		}
		if lo > 1 {
			cur[lo-1] = inf
		}
		rowMin := inf
		if lo == 1 {
			rowMin = cur[0]
		}
		for j := lo; j <= hi; j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			if v := prev[j] + 1; v < d {
				d = v
			}
			if v := cur[j-1] + 1; v < d {
				d = v
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if v := prev2[j-2] + 1; v < d {
					d = v
				}
			}
			if d > inf {
				d = inf
			}
			cur[j] = d
			if d < rowMin {
				rowMin = d
			}
		}
		if hi < lb {
			cur[hi+1] = inf
		}
		if rowMin > max {
			return inf
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[lb], inf)
}

// Costs of the error model: how likely each kind of slip is, in units where
// an arbitrary substitution costs 1. They follow the usual findings on typing
// and spelling errors: transpositions, doubled or dropped double letters,
// vowel confusions and neighbouring keys are cheap; an error in the first
// letter is rare.
const (
	costSubstitute = 1.0
	costNearKey    = 0.65
	costVowel      = 0.6
	costTranspose  = 0.6
	costDouble     = 0.35 // a letter doubled or a double letter made single
	costInsert     = 1.1  // a stray letter in the typo
	costOmit       = 0.55 // a letter of the word left out
	costOmitVowel  = 0.45
	costFirst      = 0.5 // added to any edit of the first letter
	costSpaceLost  = 0.25
	costSpaceAsKey = 0.55 // a letter typed for the space
	costSpaceAdded = 0.35 // a word broken in two
)

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// subTable holds subCost for the letters a..z.
var subTable = func() (tab [26][26]float64) {
	for t := 'a'; t <= 'z'; t++ {
		for c := 'a'; c <= 'z'; c++ {
			tab[t-'a'][c-'a'] = subCostSlow(t, c)
		}
	}
	return tab
}()

// subCost is the cost of typing t where c was meant.
func subCost(t, c rune) float64 {
	if t >= 'a' && t <= 'z' && c >= 'a' && c <= 'z' {
		return subTable[t-'a'][c-'a']
	}
	return subCostSlow(t, c)
}

func subCostSlow(t, c rune) float64 {
	switch {
	case t == c:
		return 0
	case isVowel(t) && isVowel(c):
		return costVowel
	case nearKeys(t, c):
		return costNearKey
	case soundAlike(t, c):
		return costVowel
	}
	return costSubstitute
}

// soundAlike reports consonants that spell the same sound often enough to be
// confused by writers rather than typists.
func soundAlike(a, b rune) bool {
	if a > b {
		a, b = b, a
	}
	switch [2]rune{a, b} {
	case [2]rune{'c', 's'}, [2]rune{'c', 'k'}, [2]rune{'s', 'z'}, [2]rune{'f', 'v'},
		[2]rune{'g', 'j'}, [2]rune{'m', 'n'}, [2]rune{'d', 't'}, [2]rune{'b', 'p'}:
		return true
	}
	return false
}

// channelCost returns the weighted cost of the cheapest alignment that turns
// the intended word c into the typo t: the error model of the noisy channel.
func channelCost(t, c []rune, buf []float64) float64 {
	return channelCostBy(t, c, buf, false)
}

// soundChannelCost is channelCost for a word c that sounds like the typo t
// (the two share a sound key): a "u" written after an "o" is then a
// speller's digraph for one vowel ("fourty" for "forty", "pronounciation"),
// priced as a vowel confusion rather than a stray key. Only a word that keeps
// the typo's sound gets the discount, so a typist's stray vowel does not make
// a word of another sound cheaper ("fourth" for "fourty").
func soundChannelCost(t, c []rune, buf []float64) float64 {
	return channelCostBy(t, c, buf, true)
}

// channelRows returns the three rows of the channel table for the word c,
// in buf when it is large enough, with the first row filled (every letter
// of c left out), and the cost of leaving out each letter of c, in omitBuf
// when it is large enough.
func channelRows(c []rune, buf []float64, omitBuf *[maxWordLen + 2]float64) (prev2, prev, cur, omit []float64) {
	lc := len(c)
	w := lc + 1
	if cap(buf) < 3*w {
		buf = make([]float64, 3*w)
	}
	prev2, prev, cur = buf[:w], buf[w:2*w], buf[2*w:3*w]
	omit = omitBuf[:0]
	if lc > len(omitBuf) {
		omit = make([]float64, 0, lc)
	}
	for j := range c {
		omit = append(omit, omitCost(c, j))
	}
	prev[0] = 0
	for j := 1; j <= lc; j++ {
		prev[j] = prev[j-1] + omit[j-1]
	}
	return prev2, prev, cur, omit
}

func channelCostBy(t, c []rune, buf []float64, digraph bool) float64 {
	lt, lc := len(t), len(c)
	var omitBuf [maxWordLen + 2]float64
	prev2, prev, cur, omit := channelRows(c, buf, &omitBuf)
	for i := 1; i <= lt; i++ {
		ins := insertCost(t, i-1)
		if digraph {
			ins = min(ins, digraphInsertCost(t, i-1))
		}
		cur[0] = prev[0] + ins
		for j := 1; j <= lc; j++ {
			first := 0.0
			if i == 1 || j == 1 {
				first = costFirst
			}
			d := prev[j-1]
			if t[i-1] != c[j-1] {
				d += subCost(t[i-1], c[j-1]) + first
			}
			if v := prev[j] + ins + first*boolf(i == 1); v < d {
				d = v
			}
			if v := cur[j-1] + omit[j-1] + first*boolf(j == 1); v < d {
				d = v
			}
			if i > 1 && j > 1 && t[i-1] == c[j-2] && t[i-2] == c[j-1] && t[i-1] != t[i-2] {
				if v := prev2[j-2] + costTranspose + first*boolf(i == 2); v < d {
					d = v
				}
			}
			cur[j] = d
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lc]
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// insertCost is the cost of the stray letter t[i] in the typo.
func insertCost(t []rune, i int) float64 {
	r := t[i]
	if (i > 0 && t[i-1] == r) || (i+1 < len(t) && t[i+1] == r) {
		return costDouble
	}
	if r == 'e' && i == len(t)-1 && i > 2 { // a silent e added ("stomache")
		return costDouble
	}
	if (i > 0 && nearKeys(t[i-1], r)) || (i+1 < len(t) && nearKeys(t[i+1], r)) {
		return costNearKey
	}
	return costInsert
}

// digraphInsertCost is the cost of the letter t[i] when it makes a vowel
// digraph (either letter of the "ou") that a speller writes for a single vowel by analogy with a related
// word: "ou" for "o" ("fourty" after "four", "pronounciation" after
// "pronounce"). Any other letter costs as a stray key.
func digraphInsertCost(t []rune, i int) float64 {
	if (t[i] == 'u' && i > 0 && t[i-1] == 'o') || (t[i] == 'o' && i+1 < len(t) && t[i+1] == 'u') {
		return costVowel
	}
	return costInsert
}

// omitCost is the cost of leaving out the letter c[j] of the word.
func omitCost(c []rune, j int) float64 {
	r := c[j]
	if (j > 0 && c[j-1] == r) || (j+1 < len(c) && c[j+1] == r) {
		return costDouble
	}
	if isVowel(r) {
		return costOmitVowel
	}
	return costOmit
}
