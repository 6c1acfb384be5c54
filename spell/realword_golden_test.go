package spell

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/copyedit/copyedit/edit"
	"github.com/copyedit/copyedit/spell/spellbench"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realWordsGoldenFile records, byte for byte, what real_words makes of a
// varied corpus; it pins the method's output while its speed is worked on.
const realWordsGoldenFile = "testdata/realwords.golden"

// realWordsDocs returns the corpus of TestRealWordsOutput, by name.
func realWordsDocs(t *testing.T) (names, texts []string) {
	clean, err := os.ReadFile("testdata/clean_news.txt")
	require.NoError(t, err)
	names, texts = []string{"clean_news.txt"}, []string{string(clean)}
	inputs, err := filepath.Glob("testdata/golden/*.input")
	require.NoError(t, err)
	more, err := filepath.Glob("testdata/golden/realwords/*.input")
	require.NoError(t, err)
	for _, in := range append(inputs, more...) {
		b, err := os.ReadFile(in)
		require.NoError(t, err)
		names, texts = append(names, strings.TrimPrefix(in, "testdata/")), append(texts, string(b))
	}
	for _, o := range []spellbench.InjectOptions{
		{Seed: 1}, {Seed: 2}, {Seed: 3},
		{Seed: 4, Rate: 0.1, SwapShare: 0.5},
		{Seed: 5, Rate: 0.2, SwapShare: 0.8},
	} {
		d := spellbench.NewInjector(englishLexicon(t), o).Inject(string(clean))
		names = append(names, fmt.Sprintf("clean_news.txt, seed %d, rate %g, swap share %g", o.Seed, o.Rate, o.SwapShare))
		texts = append(texts, d.Text)
	}
	return names, texts
}

// TestRealWordsOutput runs the real_words corrector over clean_news.txt, every
// golden input, and clean_news.txt damaged by the injector with a few seeds
// (some with many swaps, the damage real_words is for), and compares the
// text and every edit, confidence in full precision, with
// testdata/realwords.golden.
func TestRealWordsOutput(t *testing.T) {
	rw := realWordsCorrector(t)
	names, texts := realWordsDocs(t)
	var report strings.Builder
	realwords := 0
	for n, text := range texts {
		got, edits := rw.Correct(text)
		fmt.Fprintf(&report, "==== %s\n%s\n---- edits\n", names[n], got)
		for _, e := range edits {
			report.WriteString(formatEditExact(e))
			report.WriteString("\n")
			if e.Rule == "realword" {
				realwords++
			}
		}
	}
	// The corpus must exercise the rule, or the file pins nothing.
	assert.Greater(t, realwords, 20, "real-word corrections in the corpus")
	if *update {
		require.NoError(t, os.WriteFile(realWordsGoldenFile, []byte(report.String()), 0o644))
		return
	}
	want, err := os.ReadFile(realWordsGoldenFile)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), report.String())
}

// plainLexicon hides every method of *dict.Lexicon but those of the
// lexicon interface, so that a Corrector over it looks words up by their
// spelling alone: no entries, no bounds from the largest pair counts.
type plainLexicon struct{ lexicon }

// TestRealWordsPlainLexicon checks that real_words over a lexicon without
// entries, the plain method, corrects as it does over *dict.Lexicon with
// all its short cuts, on part of the corpus of TestRealWordsOutput.
func TestRealWordsPlainLexicon(t *testing.T) {
	plain, err := newCorrector(plainLexicon{englishLexicon(t)}, Options{RealWords: true})
	require.NoError(t, err)
	require.Nil(t, plain.elex)
	rw := realWordsCorrector(t)
	names, texts := realWordsDocs(t)
	realwords := 0
	for n, text := range texts {
		if n > 0 && n < len(texts)-2 {
			continue // the clean text and the most damaged: enough, and quick
		}
		want, wantEdits := rw.Correct(text)
		got, gotEdits := plain.Correct(text)
		assert.Equal(t, want, got, names[n])
		assert.Equal(t, wantEdits, gotEdits, names[n])
		for _, e := range wantEdits {
			if e.Rule == "realword" {
				realwords++
			}
		}
	}
	assert.Greater(t, realwords, 5, "real-word corrections compared")
}

// formatEditExact is formatEdit with every field and the confidence in
// full precision, so that any change of output shows.
func formatEditExact(e edit.Edit) string {
	conf := strconv.FormatFloat(e.Confidence, 'g', -1, 64)
	if e.Suspect {
		return fmt.Sprintf("%d:%d %s %s suspect %q [%s] %s", e.Start, e.End, e.Stage, e.Rule, e.Before, strings.Join(e.Candidates, ", "), conf)
	}
	return fmt.Sprintf("%d:%d %s %s %q -> %q [%s] %s", e.Start, e.End, e.Stage, e.Rule, e.Before, e.After, strings.Join(e.Candidates, ", "), conf)
}
