package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokens(t *testing.T) {
	assert.Equal(t, []string{"It", "s", "a_b", "café", "2025"}, tokens("It's a_b — café, 2025!"))
}

func TestMatch(t *testing.T) {
	gold := "one two three four five six"
	// Identical: all shingles match.
	c := match(gold, gold)
	assert.InDelta(t, 1, c.tp, 1e-9)
	// Extra junk: 3 gold shingles, 3+3 predicted.
	c = match(gold, "junk words here "+gold)
	assert.InDelta(t, 0.5, c.tp, 1e-9)
	assert.InDelta(t, 0.5, c.fp, 1e-9)
	assert.InDelta(t, 0, c.fn, 1e-9)
	// Nothing predicted.
	c = match(gold, "")
	assert.InDelta(t, 1, c.fn, 1e-9)
	// Short texts are one shingle.
	assert.Equal(t, map[string]int{"a\x00b": 1}, shingles("a b", 4))
	assert.Empty(t, shingles("", 4))
}

func TestScores(t *testing.T) {
	p, r, f1 := scores([]counts{{tp: 0.5, fp: 0.5}, {tp: 1}})
	assert.InDelta(t, 0.75, p, 1e-9)
	assert.InDelta(t, 1, r, 1e-9)
	assert.InDelta(t, 2*0.75/1.75, f1, 1e-9)
	_, _, f1 = scores(nil)
	assert.False(t, math.IsNaN(f1))
}

func TestRunSkipsWithoutData(t *testing.T) {
	// With the data absent from a temporary tree the command only reports a skip.
	var out strings.Builder
	t.Setenv("COPYEDIT_BENCH", "")
	dir := t.TempDir()
	wd, _ := os.Getwd()
	require.NoError(t, os.Chdir(dir))
	defer os.Chdir(wd)
	out.Reset()
	require.NoError(t, run(nil, &out))
	assert.Contains(t, out.String(), "skipped")
}

func TestRunOnTinyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dev.jsonl")
	rec := `{"id":"1","url":"u","input":"Home\nMenu\nThe ferry will run again on Monday after repairs to the pier, the operator said on Friday.\n","gold":"The ferry will run again on Monday after repairs to the pier, the operator said on Friday."}`
	require.NoError(t, os.WriteFile(path, []byte(rec+"\n"), 0o644))
	var out strings.Builder
	require.NoError(t, run([]string{"-data", path}, &out))
	assert.Contains(t, out.String(), "| page                 |     1.000 |  1.000 | 1.000 |          0 |")
}
