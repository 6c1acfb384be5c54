package boilerplate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "update golden files")

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), got, "golden file %s differs; inspect, then go test -update", path)
}

// TestRulesGolden cleans each testdata/rules/*.txt with the default rules
// (and no max_removed limit, so that short fixtures show every rule) and
// compares the text, edits and metadata with the .golden file beside it.
// It then checks that the golden output is stable under a second pass and
// that CRLF input gives the same result with CRLF line breaks.
func TestRulesGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "rules", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	r := mustNew(t, Options{MaxRemoved: 1})
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			in := string(b)
			res := r.Clean(in)
			checkEdits(t, in, res)
			var out strings.Builder
			out.WriteString(res.Text)
			out.WriteString("---- edits\n")
			for _, e := range res.Edits {
				fmt.Fprintf(&out, "%s %q\n", e.Rule, e.Before)
			}
			if len(res.Meta) > 0 {
				out.WriteString("---- meta\n")
				keys := make([]string, 0, len(res.Meta))
				for k := range res.Meta {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					fmt.Fprintf(&out, "%s=%s\n", k, res.Meta[k])
				}
			}
			golden(t, strings.TrimSuffix(path, ".txt")+".golden", out.String())

			assert.Equal(t, res.Text, r.Clean(res.Text).Text, "second pass changed the text")
			crlf := r.Clean(strings.ReplaceAll(in, "\n", "\r\n"))
			assert.Equal(t, strings.ReplaceAll(res.Text, "\n", "\r\n"), crlf.Text, "CRLF input")
		})
	}
}

// TestPageGolden runs page mode on testdata/page/*.txt, whole pages of
// our own making, and compares the kept text with the .golden file.
func TestPageGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "page", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	r := mustNew(t, Options{Mode: ModePage})
	for _, path := range paths {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		res := r.Clean(string(b))
		checkEdits(t, string(b), res)
		assert.Empty(t, res.Warnings)
		golden(t, strings.TrimSuffix(path, ".txt")+".golden", res.Text)
		assert.Equal(t, res.Text, r.Clean(res.Text).Text, "second pass changed the text")
	}
}
