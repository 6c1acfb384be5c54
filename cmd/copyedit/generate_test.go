package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoGenerateRecipe runs the command of the //go:generate directive in
// examples/generate with its exact arguments, in a copy of that directory,
// and checks that the committed clean/article.txt is what it produces.
func TestGoGenerateRecipe(t *testing.T) {
	src := filepath.Join("..", "..", "examples", "generate")
	gen := readFile(t, filepath.Join(src, "gen.go"))
	const prefix = "//go:generate go run github.com/copyedit/copyedit/cmd/copyedit "
	var args []string
	for _, line := range strings.Split(gen, "\n") {
		if strings.HasPrefix(line, prefix) {
			args = strings.Fields(strings.TrimPrefix(line, prefix))
		}
	}
	require.Equal(t, []string{"-o", "clean/article.txt", "raw/article.txt"}, args, "the documented recipe")

	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "raw", "article.txt"), readFile(t, filepath.Join(src, "raw", "article.txt")), 0o644)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "clean"), 0o755))
	r := copyedit(t, dir, "", args...)
	require.Equal(t, 0, r.code, r.stderr)
	got := readFile(t, filepath.Join(dir, "clean", "article.txt"))
	assert.Equal(t, readFile(t, filepath.Join(src, "clean", "article.txt")), got,
		"examples/generate/clean/article.txt is stale: run go generate ./examples/generate")
	assert.NotEqual(t, readFile(t, filepath.Join(src, "raw", "article.txt")), got, "the recipe cleans something")
}
