package spellbench

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copyedit/copyedit/edit"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// lexMap is a Lexicon for tests.
type lexMap map[string]uint64

func (l lexMap) Count(w string) uint64 { return l[w] }

// sample is clean prose of this project's own writing, with names,
// capitals, contractions, compounds and numbers the injector must leave
// alone.
const sample = `The council said on Tuesday that the new bridge over the river would open in the spring, two years later than planned. Engineers found cracks in the steel frame last winter, and the work had to stop while the firm that made it ran more tests.

"We would rather be late than be sorry," said Maria Okafor, who leads the project for the city. She added that the cost had risen from 40m to 52m, and that the extra money would come from a fund set aside for such delays.

Residents near the site are less patient. Many of them have lived with noise and dust for three years, and some say they were never told how long the closures would last. A local shop owner said trade was down by a third since the road was shut, and that she had heard nothing from the council about help with her rent.

The firm's chief executive wrote to the mayor last week to apologise. In the letter, seen by this paper, he said the cracks were found early thanks to checks that go beyond what the law asks for, and that the bridge will be safe for a hundred years once it is open.`

// sampleLex holds every lower-case word of sample, with made-up counts,
// plus a few common words a swap or a typo may land on.
func sampleLex() lexMap {
	l := lexMap{}
	for _, c := range chunks(sample) {
		w := sample[c.coreStart:c.coreEnd]
		if lowerASCII(w) {
			l[w] = 50_000_000
		}
	}
	for _, w := range []string{"form", "fro", "then", "than", "ran", "in", "on", "an", "be", "came", "hat", "tat", "sat", "wit", "or", "are"} {
		l[w] = 20_000_000
	}
	return l
}

func TestInjectDeterministic(t *testing.T) {
	lex := sampleLex()
	for _, seed := range []uint64{0, 1, 42} {
		a := NewInjector(lex, InjectOptions{Seed: seed, Rate: 0.2}).Inject(sample)
		b := NewInjector(lex, InjectOptions{Seed: seed, Rate: 0.2}).Inject(sample)
		assert.Equal(t, a, b, "seed %d", seed)
		assert.NotEqual(t, sample, a.Text, "seed %d", seed)
	}
	a := NewInjector(lex, InjectOptions{Seed: 1, Rate: 0.2}).Inject(sample)
	b := NewInjector(lex, InjectOptions{Seed: 2, Rate: 0.2}).Inject(sample)
	assert.NotEqual(t, a.Text, b.Text, "another seed, other damage")
}

// TestInjectGolden pins the injector's output for a fixed seed, so a change
// of generator (or of Go's PCG) that would change every published figure
// is seen.
func TestInjectGolden(t *testing.T) {
	inj := NewInjector(sampleLex(), InjectOptions{Seed: 7, Rate: 0.15})
	var b strings.Builder
	for i := 0; i < 2; i++ { // a second call continues the stream
		d := inj.Inject(sample)
		fmt.Fprintf(&b, "%s\n\n", d.Text)
		for _, dm := range d.Damages {
			fmt.Fprintf(&b, "%-12s %-9s real=%-5v cap=%-5v %q -> %q\n", dm.Kind, dm.Class(), dm.Real, dm.NearCapital, dm.Original, dm.Damaged)
		}
		b.WriteString("\n")
	}
	path := filepath.Join("testdata", "inject.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}

// explains reports whether damaged is original with one error of kind k.
func explains(k Kind, original, damaged string, lex Lexicon) bool {
	n := len(original)
	switch k {
	case Drop:
		for i := 0; i < n; i++ {
			if original[:i]+original[i+1:] == damaged {
				return true
			}
		}
	case Double:
		for i := 0; i < n; i++ {
			if original[:i+1]+original[i:] == damaged {
				return true
			}
		}
	case Transpose:
		for i := 0; i+1 < n; i++ {
			if original[i] != original[i+1] && original[:i]+string([]byte{original[i+1], original[i]})+original[i+2:] == damaged {
				return true
			}
		}
	case Neighbor:
		if len(damaged) != n {
			return false
		}
		diff := 0
		for i := 0; i < n; i++ {
			if original[i] != damaged[i] {
				diff++
				if !strings.ContainsRune(neighbors(original[i]), rune(damaged[i])) {
					return false
				}
			}
		}
		return diff == 1
	case Insert:
		for i := 0; i < len(damaged); i++ {
			if damaged[:i]+damaged[i+1:] != original {
				continue
			}
			// The stray key neighbours the letter it was struck with.
			if (i > 0 && strings.ContainsRune(neighbors(damaged[i-1]), rune(damaged[i]))) ||
				(i+1 < len(damaged) && strings.ContainsRune(neighbors(damaged[i+1]), rune(damaged[i]))) {
				return true
			}
		}
	case SpaceLetter:
		a, b, ok := strings.Cut(original, " ")
		return ok && len(damaged) == n && strings.HasPrefix(damaged, a) && strings.HasSuffix(damaged, b) &&
			strings.ContainsRune(spaceKeys, rune(damaged[len(a)]))
	case RunOn:
		return strings.Count(original, " ") == 1 && strings.ReplaceAll(original, " ", "") == damaged
	case Split:
		a, b, ok := strings.Cut(damaged, " ")
		return ok && a+b == original && len(a) >= 2 && len(b) >= 2
	case Swap:
		return lex.Count(damaged) >= SwapMinCount && damaged != original && explainsOneEdit(original, damaged)
	}
	return false
}

func explainsOneEdit(a, b string) bool {
	for _, s := range edits1(a) {
		if s == b {
			return true
		}
	}
	return false
}

func TestInjectKinds(t *testing.T) {
	lex := sampleLex()
	var seen [NumKinds]int
	for seed := uint64(0); seed < 40; seed++ {
		d := NewInjector(lex, InjectOptions{Seed: seed, Rate: 0.3, SwapShare: 0.2}).Inject(sample)
		// Undoing the damage gives the clean text back.
		var b strings.Builder
		at := 0
		prev := -1
		for i, dm := range d.Damages {
			assert.Equal(t, dm.Original, d.Clean[dm.Start:dm.End])
			assert.Equal(t, dm.Damaged, d.Text[dm.DStart:dm.DEnd])
			assert.True(t, explains(dm.Kind, dm.Original, dm.Damaged, lex), "seed %d: %s %q -> %q", seed, dm.Kind, dm.Original, dm.Damaged)
			assert.Equal(t, lex.Count(dm.Damaged) > 0 || (dm.Kind == Split && allKnown(lex, dm.Damaged)), dm.Real, "real flag of %q", dm.Damaged)
			for _, w := range strings.Fields(dm.Original) {
				assert.Positive(t, lex.Count(w), "only lexicon words are damaged: %q", w)
			}
			if i > 0 {
				// A clean word stands between two damaged places.
				assert.GreaterOrEqual(t, CountWords(d.Clean[prev:dm.Start]), 1, "seed %d: %q", seed, d.Clean[prev:dm.Start])
			}
			prev = dm.End
			b.WriteString(d.Text[at:dm.DStart])
			b.WriteString(dm.Original)
			at = dm.DEnd
			seen[dm.Kind]++
		}
		b.WriteString(d.Text[at:])
		assert.Equal(t, d.Clean, b.String(), "seed %d", seed)
	}
	for k, n := range seen {
		assert.Positive(t, n, "kind %s never drawn", Kind(k))
	}
}

func allKnown(lex Lexicon, s string) bool {
	for _, f := range strings.Fields(s) {
		if lex.Count(f) == 0 {
			return false
		}
	}
	return true
}

func TestInjectLeavesAlone(t *testing.T) {
	lex := lexMap{"the": 1e9, "cat": 1e8, "sat": 1e8, "on": 1e9, "mat": 1e8, "don't": 1e8, "well": 1e8, "known": 1e8}
	text := "The Cat don't well-known x 4cats SAT, Mat."
	for seed := uint64(0); seed < 20; seed++ {
		d := NewInjector(lex, InjectOptions{Seed: seed, Rate: 1}).Inject(text)
		assert.Equal(t, text, d.Text, "no eligible word")
		assert.Empty(t, d.Damages)
	}
	// Punctuation around a word is kept; at rate 1 every other word is
	// damaged (the word after a damage stays clean).
	d := NewInjector(lex, InjectOptions{Seed: 3, Rate: 1, SwapShare: -1}).Inject(`"cat," sat on the mat.`)
	require.NotEmpty(t, d.Damages)
	for _, dm := range d.Damages {
		assert.NotContains(t, dm.Original, `"`)
		assert.NotContains(t, dm.Original, ",")
		assert.NotEqual(t, Swap, dm.Kind, "SwapShare < 0: no swaps")
	}
	assert.True(t, strings.HasPrefix(d.Text, `"`))
	assert.True(t, strings.HasSuffix(d.Text, "."))
}

func TestInjectNearCapital(t *testing.T) {
	lex := lexMap{"sat": 1e8, "on": 1e9, "the": 1e9, "mat": 1e8, "and": 1e9, "slept": 1e8}
	for seed := uint64(0); seed < 10; seed++ {
		d := NewInjector(lex, InjectOptions{Seed: seed, Rate: 1, SwapShare: -1}).Inject("Maria sat on the mat and slept")
		require.Len(t, d.Damages, 3, "seed %d: every other word", seed)
		assert.True(t, d.Damages[0].NearCapital, "seed %d: after Maria", seed)
		assert.False(t, d.Damages[1].NearCapital, "seed %d", seed)
		assert.False(t, d.Damages[2].NearCapital, "seed %d", seed)
	}
}

func TestClass(t *testing.T) {
	for _, tc := range []struct {
		d    Damage
		want Class
	}{
		{Damage{Kind: Drop}, NonWord},
		{Damage{Kind: Transpose, Real: true}, RealWord},
		{Damage{Kind: Swap, Real: true}, RealWord},
		{Damage{Kind: RunOn, Real: true}, RunOnWords},
		{Damage{Kind: SpaceLetter}, RunOnWords},
		{Damage{Kind: Split, Real: true}, SplitWord},
	} {
		assert.Equal(t, tc.want, tc.d.Class(), "%+v", tc.d)
	}
	assert.Equal(t, "space-letter", SpaceLetter.String())
	assert.Equal(t, "real-word", RealWord.String())
	assert.Equal(t, "kind?", Kind(99).String())
}

func TestEnglishParagraphs(t *testing.T) {
	lex := lexMap{"the": 1, "cat": 1, "sat": 1, "on": 1, "mat": 1, "and": 1, "slept": 1}
	text := "The cat sat on the mat.\n\nDer Hund schlief auf der Matte.\n\nHEADLINE\n\nthe cat sat on the mat and the cat slept zzz\n\nthe cat sat on the mat zzz"
	assert.Equal(t, []string{"The cat sat on the mat.", "the cat sat on the mat and the cat slept zzz"}, EnglishParagraphs(text, lex, 0.9))
}

// FuzzInject checks the injector's invariants on any text: deterministic,
// valid UTF-8 kept valid, the damage list undoes to the clean text, and
// scoring the undo fixes everything and breaks nothing.
func FuzzInject(f *testing.F) {
	for _, s := range []string{sample, "", "the cat", "in the river\n\nthe\tbridge", "caf\xe9 the bridge", "“the”, (river)… over-the-top"} {
		f.Add(s, uint64(1))
	}
	lex := sampleLex()
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		d := NewInjector(lex, InjectOptions{Seed: seed, Rate: 0.5}).Inject(text)
		require.Equal(t, d, NewInjector(lex, InjectOptions{Seed: seed, Rate: 0.5}).Inject(text))
		if utf8.ValidString(text) {
			require.True(t, utf8.ValidString(d.Text))
		}
		var undo []edit.Edit
		for _, dm := range d.Damages {
			require.Equal(t, dm.Damaged, d.Text[dm.DStart:dm.DEnd])
			undo = append(undo, edit.Edit{Start: dm.DStart, End: dm.DEnd, Before: dm.Damaged, After: dm.Original})
		}
		rep, err := Evaluate(d, undo)
		require.NoError(t, err)
		require.Equal(t, len(d.Damages), rep.Score.All.Fixed)
		require.Zero(t, rep.Score.Broken)
	})
}
