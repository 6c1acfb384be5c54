package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/spell"
	"github.com/copyedit/copyedit/spell/spellbench"
)

// BenchmarkCorrect times the corrector on clean_news.txt with one word in
// twenty damaged (the injector of spelleval -context), with and without
// each variant's model, looked up in the reader's trie as the experiment
// does (a shipped table would be laid out for the purpose).
func BenchmarkCorrect(b *testing.B) {
	lm := realModel(b)
	lex, err := dict.English()
	require.NoError(b, err)
	root, err := repoRoot()
	require.NoError(b, err)
	clean, err := os.ReadFile(filepath.Join(root, "spell", "testdata", "clean_news.txt"))
	require.NoError(b, err)
	text := spellbench.NewInjector(lex, spellbench.InjectOptions{Seed: 1}).Inject(string(clean)).Text
	cal := calibrate(lm, lex)
	run := func(b *testing.B, c *spell.Corrector) {
		c.Prepare()
		b.SetBytes(int64(len(text)))
		b.ResetTimer()
		for range b.N {
			c.Correct(text)
		}
	}
	b.Run("current", func(b *testing.B) {
		c, err := spell.New(lex, spell.Options{})
		require.NoError(b, err)
		run(b, c)
	})
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			c, err := spell.NewWithContext(lex, spell.Options{}, newModel(v, lm, lex, cal))
			require.NoError(b, err)
			run(b, c)
		})
	}
}
