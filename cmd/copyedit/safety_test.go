package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Flag combinations that would lose or hide data are usage errors.
func TestConflictingFlags(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "a.txt"), damaged, 0o644)
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-check", "-w", "a.txt"}, "cannot use -check with -w"},
		{[]string{"-o", "out.txt", "-l", "a.txt"}, "cannot use -o with"},
		{[]string{"-o", "out.txt", "-w", "a.txt"}, "cannot use -o with"},
		{[]string{"-field", "body", "a.txt"}, "-field needs -jsonl"},
		{[]string{"-explain", "a.txt", "a.txt"}, "-explain a.txt would overwrite"},
		{[]string{"-explain", "./a.txt", "-o", "b.txt", "a.txt"}, "-explain ./a.txt would overwrite"},
		{[]string{"-explain", "out.txt", "-o", "out.txt", "a.txt"}, "-explain out.txt would overwrite"},
	} {
		r := copyedit(t, dir, "", tt.args...)
		assert.Equal(t, 2, r.code, "%v", tt.args)
		assert.Contains(t, r.stderr, "copyedit: "+tt.msg, "%v", tt.args)
		assert.Equal(t, damaged, readFile(t, filepath.Join(dir, "a.txt")), "%v changed the input", tt.args)
	}
	_, err := os.Stat(filepath.Join(dir, "out.txt"))
	assert.True(t, os.IsNotExist(err))
}

func TestUsagePrintedOnce(t *testing.T) {
	r := copyedit(t, t.TempDir(), "", "-h")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, 1, strings.Count(r.stderr, "usage:"))
	r = copyedit(t, t.TempDir(), "", "-bogus")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, 1, strings.Count(r.stderr, "usage:"))
	assert.True(t, strings.HasPrefix(r.stderr, "copyedit: flag provided but not defined: -bogus\n"), r.stderr)
}

func TestErrorFormat(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "a.txt"), damaged, 0o644)
	r := copyedit(t, dir, "", "nonexistent.txt", "a.txt")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "copyedit: nonexistent.txt: no such file or directory\n", r.stderr)
	assert.Equal(t, repaired, r.stdout, "the other files still run")
}

func TestWriteRespectsReadOnlyPlaces(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	// A read-only directory, even for root.
	ro := filepath.Join(dir, "ro")
	writeFile(t, filepath.Join(ro, "f.txt"), damaged, 0o644)
	require.NoError(t, os.Chmod(ro, 0o555))
	t.Cleanup(func() { os.Chmod(ro, 0o755) })
	r := copyedit(t, dir, "", "-w", "ro/f.txt")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "copyedit: ro/f.txt: permission denied (the directory is read-only); left unchanged\n", r.stderr)
	assert.Equal(t, damaged, readFile(t, filepath.Join(ro, "f.txt")))

	// -o onto a read-only file.
	writeFile(t, filepath.Join(dir, "in.txt"), damaged, 0o644)
	writeFile(t, filepath.Join(dir, "locked.txt"), "keep me\n", 0o444)
	r = copyedit(t, dir, "", "-o", "locked.txt", "in.txt")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "locked.txt: permission denied")
	assert.Equal(t, "keep me\n", readFile(t, filepath.Join(dir, "locked.txt")))
}

func TestWriteThroughSymlinks(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "real", "a.txt"), damaged, 0o644)
	require.NoError(t, os.Symlink(filepath.Join("real", "a.txt"), filepath.Join(dir, "link.txt")))
	r := copyedit(t, dir, "", "-w", "link.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	fi, err := os.Lstat(filepath.Join(dir, "link.txt"))
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&os.ModeSymlink, "the link stays a link")
	assert.Equal(t, repaired, readFile(t, filepath.Join(dir, "real", "a.txt")))

	// -o onto a dangling link creates the link's target.
	require.NoError(t, os.Symlink(filepath.Join("real", "new.txt"), filepath.Join(dir, "dangling.txt")))
	r = copyedit(t, dir, "", "-o", "dangling.txt", "real/a.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	fi, err = os.Lstat(filepath.Join(dir, "dangling.txt"))
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&os.ModeSymlink)
	assert.Equal(t, repaired, readFile(t, filepath.Join(dir, "real", "new.txt")))
}

// As in gofmt, -l and -d with -w exit 0: the differences are gone.
func TestListWithWriteExitsZero(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "a.txt"), damaged, 0o644)
	r := copyedit(t, dir, "", "-l", "-w", "a.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "a.txt\n", r.stdout)
	assert.Equal(t, repaired, readFile(t, filepath.Join(dir, "a.txt")))
}

func TestJSONLInvalidUTF8(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	r := copyedit(t, dir, "{\"other\":\"x\xff\",\"text\":\"caf\xe9 said \x93hi\x94\"}\n", "-jsonl")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "{\"other\":\"xÿ\",\"text\":\"café said \\\"hi\\\"\"}\n", r.stdout)
	assert.Equal(t, "copyedit: <standard input>:1: invalid UTF-8 repaired\n", r.stderr)
}

func TestLearnKeepsProfileOnError(t *testing.T) {
	dir := workdir(t, `"boilerplate"`)
	writeFile(t, filepath.Join(dir, "p.prof"), "old profile\n", 0o644)
	r := copyedit(t, dir, "", "learn", "-o", "p.prof", "-jsonl", "missing.jsonl")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "p.prof: not written")
	assert.Equal(t, "old profile\n", readFile(t, filepath.Join(dir, "p.prof")))
}
