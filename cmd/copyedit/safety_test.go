package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
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

func TestOutputNeedsOneFile(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "corp", "a.txt"), damaged, 0o644)
	writeFile(t, filepath.Join(dir, "corp", "b.txt"), damaged, 0o644)
	r := copyedit(t, dir, "", "-o", "out.txt", "corp")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "-o needs exactly one input, have 2 files")
	_, err := os.Stat(filepath.Join(dir, "out.txt"))
	assert.True(t, os.IsNotExist(err))

	r = copyedit(t, dir, "", "learn", "-o", "corp/a.txt", "corp")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "would overwrite a corpus file")
	assert.Equal(t, damaged, readFile(t, filepath.Join(dir, "corp", "a.txt")))
}

func TestWriteKeepsOwnerAndModeBits(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to give a file to another user")
	}
	dir := workdir(t, `"normalize"`)
	p := filepath.Join(dir, "own.txt")
	writeFile(t, p, damaged, 0o755)
	require.NoError(t, os.Chown(p, 65534, 65534))
	require.NoError(t, os.Chmod(p, os.ModeSetuid|0o755))
	r := copyedit(t, dir, "", "-w", "own.txt")
	require.Equal(t, 0, r.code, r.stderr)
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o755)|os.ModeSetuid, fi.Mode()&(os.ModePerm|os.ModeSetuid))
	st := fi.Sys().(*syscall.Stat_t)
	assert.Equal(t, uint32(65534), st.Uid)
	assert.Equal(t, repaired, readFile(t, p))
}

func TestJSONLEdgeCases(t *testing.T) {
	dir := workdir(t, `"normalize", "boilerplate"`)
	in := "\ufeff{\"text\":\"itâ€™s\"}\n" +
		"{\"date\":\"1999-01-01\",\"text\":\"Published: 3 February 2026\\n\\nThe council met on Monday to agree the budget for roads and schools across the district.\"}\n" +
		"{\"text\":null}\n"
	r := copyedit(t, dir, in, "-jsonl")
	lines := strings.Split(r.stdout, "\n")
	require.Len(t, lines, 4)
	assert.Equal(t, `{"text":"it's"}`, lines[0], "a byte-order mark is skipped")
	assert.Contains(t, lines[1], `"date":"1999-01-01"`, "the record's own field is kept")
	assert.Contains(t, r.stderr, `<standard input>:2: found date "2026-02-03", but the record's "date" field already holds "1999-01-01"; kept it`)
	assert.Equal(t, `{"text":null}`, lines[2])
	assert.Contains(t, r.stderr, `<standard input>:3: field "text" is null`)
}

func TestConfigMessages(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	r := copyedit(t, dir, "x", "-config", "nope.toml")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "copyedit: nope.toml: no such file or directory\n", r.stderr)
	r = copyedit(t, dir, "x", "-stages", "normalise")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `copyedit: -stages: unknown stage "normalise"`)
	// A bad option of a stage this run does not pick is still an error.
	writeFile(t, filepath.Join(dir, "c.toml"), "[spell]\nengine = \"foo\"\n", 0o644)
	r = copyedit(t, dir, "x", "-config", "c.toml", "-stages", "normalize")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "copyedit: c.toml:2: spell.engine:")
}

func TestInvalidUTF8EveryLineReported(t *testing.T) {
	r := copyedit(t, workdir(t, ""), "ok\nbad \xff\nworse \xfe\xfe\nok\nagain \xff\n")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "copyedit: <standard input>:2: invalid UTF-8 repaired (also on line 3, 5)\n", r.stderr)
}
