package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/dict/internal/sphinxlm"
	"github.com/copyedit/copyedit/spell"
)

func TestNoModel(t *testing.T) {
	t.Setenv(EnvModel, filepath.Join(t.TempDir(), "absent.lm.bin"))
	if _, err := os.Stat(DebianPath); err == nil {
		t.Skip("pocketsphinx-en-us is installed")
	}
	var out bytes.Buffer
	require.NoError(t, run(&out, nil))
	assert.Contains(t, out.String(), "no pocketsphinx model")
}

func TestBadModel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.lm.bin")
	require.NoError(t, os.WriteFile(path, []byte("Trie Language Model\x03"), 0o644))
	err := run(&bytes.Buffer{}, []string{"-lm", path})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "count of 1-grams")
	err = run(&bytes.Buffer{}, []string{"-lm", path + ".absent"})
	require.Error(t, err, "a model named by -lm must exist")
	err = run(&bytes.Buffer{}, []string{"-keep", "x", "-lm", path})
	require.ErrorContains(t, err, "-keep")
	err = run(&bytes.Buffer{}, []string{"-keepby", "x", "-lm", path})
	require.ErrorContains(t, err, "-keepby")
}

func TestR2Minus(t *testing.T) {
	assert.Equal(t, []string{"a", "c"}, r2minus([]string{"a", "b", "a", "c"}, []string{"a", "b"}))
	assert.Empty(t, r2minus([]string{"a"}, []string{"a", "a"}))
}

var (
	realOnce sync.Once
	realLM   *sphinxlm.Model
	realErr  error
)

// realModel returns the pocketsphinx model, skipping when it is absent.
func realModel(t testing.TB) *sphinxlm.Model {
	t.Helper()
	path := modelPath("")
	if path == "" {
		t.Skipf("no pocketsphinx model (set %s)", EnvModel)
	}
	realOnce.Do(func() {
		b, err := os.ReadFile(path)
		if err != nil {
			realErr = err
			return
		}
		realLM, realErr = sphinxlm.Parse(b)
	})
	require.NoError(t, realErr)
	return realLM
}

func TestModelOnRealFile(t *testing.T) {
	lm := realModel(t)
	lex, err := dict.English()
	require.NoError(t, err)
	cal := calibrate(lm, lex)
	assert.Greater(t, cal.shared, 100000, "most of our list is in theirs")
	assert.Greater(t, cal.extra, cal.shared, "theirs is the larger")
	assert.Less(t, math.Abs(cal.median), 1.0, "the two agree on scale within e")

	var _ spell.ContextModel = (*psModel)(nil)
	a := newModel(variant{bigrams: true}, lm, lex, cal)
	// A pair our list has is not the model's business; the corrector asks
	// only for pairs it lacks, but the answer must still be bounded sense.
	v, ok := a.Assoc("go", "through")
	require.True(t, ok, "pocketsphinx lists the pair")
	assert.False(t, math.IsNaN(v))
	_, ok = a.Assoc("go", "kuenssberg")
	assert.False(t, ok, "a word pocketsphinx lacks")
	_, ok = newModel(variant{}, lm, lex, cal).Assoc("go", "through")
	assert.False(t, ok, "without bigrams the model is silent")

	b := newModel(variant{trigrams: true}, lm, lex, cal)
	assert.Greater(t, b.gain("one", "of", "the"), 0.0, "a listed trigram above its back-off")
	assert.Zero(t, b.gain("", "of", "the"))
	assert.Zero(t, b.gain("of", "the", "kuenssberg"))
	assert.Greater(t, b.Extra("", "go", "through", "through", "the", "door"), b.Extra("", "go", "thorough", "thorough", "the", "door"))
	assert.Zero(t, a.Extra("", "go", "through", "through", "the", "door"), "no trigrams in (a)")

	for _, by := range []string{byCount, byAssoc, byPositive} {
		top := newModel(variant{bigrams: true, keep: 1000, keepBy: by}, lm, lex, cal)
		assert.Len(t, top.kept, 1000, by)
	}
}
