package main_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// binary is the copyedit command built once for all tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "copyedit-test-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "copyedit")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// copyedit runs the binary in dir with stdin and args.
func copyedit(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{out.String(), errb.String(), code}
}

// Text with mojibake the normalize stage repairs, and its repair.
const (
	damaged  = "The councilâ€™s plan was approved.\n"
	repaired = "The council's plan was approved.\n"
	clean    = "The plan was approved on Tuesday.\n"
)

// workdir returns an empty directory with a config that pins the stages,
// so the tests do not depend on any config above the temp directory.
func workdir(t *testing.T, stages string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".copyedit.toml"), []byte("stages = ["+stages+"]\n"), 0o644))
	return dir
}

func writeFile(t *testing.T, path, content string, perm os.FileMode) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), perm))
	require.NoError(t, os.Chmod(path, perm))
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestFilter(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	r := copyedit(t, dir, damaged)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, repaired, r.stdout)
	assert.Empty(t, r.stderr)
}

func TestEmptyInput(t *testing.T) {
	r := copyedit(t, t.TempDir(), "", "-config", "none")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "", r.stdout)
}

func TestFilesInOrder(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	var args []string
	var want strings.Builder
	for i := range 12 {
		name := filepath.Join("in", string(rune('a'+i))+".txt")
		text := strings.Repeat(damaged, i+1)
		writeFile(t, filepath.Join(dir, name), text, 0o644)
		args = append(args, name)
		want.WriteString(strings.Repeat(repaired, i+1))
	}
	for _, j := range []string{"1", "4"} {
		r := copyedit(t, dir, "", append([]string{"-j", j}, args...)...)
		assert.Equal(t, 0, r.code, r.stderr)
		assert.Equal(t, want.String(), r.stdout, "-j %s", j)
	}
	// A directory is walked for *.txt files in lexical order.
	r := copyedit(t, dir, "", "-j", "3", "in")
	assert.Equal(t, want.String(), r.stdout)
}

func TestWrite(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	writeFile(t, a, damaged, 0o640)
	writeFile(t, b, clean, 0o644)
	r := copyedit(t, dir, "", "-w", "a.txt", "b.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	assert.Equal(t, repaired, readFile(t, a))
	assert.Equal(t, clean, readFile(t, b))
	fi, err := os.Stat(a)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm(), "-w keeps the file mode")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "no temporary files left behind")
}

func TestWriteReadOnlyFileLeftAlone(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	ro, ok := filepath.Join(dir, "ro.txt"), filepath.Join(dir, "ok.txt")
	writeFile(t, ro, damaged, 0o444)
	writeFile(t, ok, damaged, 0o644)
	r := copyedit(t, dir, "", "-w", "ro.txt", "ok.txt")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "copyedit: ro.txt")
	assert.Equal(t, damaged, readFile(t, ro), "an unwritable file keeps its text")
	assert.Equal(t, repaired, readFile(t, ok), "the other files still run")
}

func TestWriteStdinIsAnError(t *testing.T) {
	r := copyedit(t, t.TempDir(), damaged, "-w")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "copyedit: cannot use -w with standard input\n", r.stderr)
}

func TestListCheckDiff(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "bad.txt"), damaged, 0o644)
	writeFile(t, filepath.Join(dir, "good.txt"), clean, 0o644)

	r := copyedit(t, dir, "", "-l", "bad.txt", "good.txt")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "bad.txt\n", r.stdout)
	r = copyedit(t, dir, "", "-l", "good.txt")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stdout)

	r = copyedit(t, dir, "", "-check", "bad.txt", "good.txt")
	assert.Equal(t, 1, r.code)
	assert.Empty(t, r.stdout)
	r = copyedit(t, dir, "", "-check", "good.txt")
	assert.Equal(t, 0, r.code)

	r = copyedit(t, dir, "", "-d", "bad.txt", "good.txt")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout, "--- a/bad.txt\n+++ b/bad.txt\n")
	assert.Contains(t, r.stdout, "-"+damaged)
	assert.Contains(t, r.stdout, "+"+repaired)
	assert.NotContains(t, r.stdout, "good.txt")

	r = copyedit(t, dir, damaged, "-check")
	assert.Equal(t, 1, r.code, "-check works on standard input")
	assert.Equal(t, damaged, readFile(t, filepath.Join(dir, "bad.txt")), "-l, -d and -check change nothing")
}

func TestOutputFile(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "raw.txt"), damaged, 0o644)
	r := copyedit(t, dir, "", "-o", "out/clean.txt", "raw.txt")
	assert.NotEqual(t, 0, r.code, "a missing output directory is an error")
	require.NoError(t, os.Mkdir(filepath.Join(dir, "out"), 0o755))
	r = copyedit(t, dir, "", "-o", "out/clean.txt", "raw.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	assert.Equal(t, repaired, readFile(t, filepath.Join(dir, "out", "clean.txt")))

	// -o naming the input file rewrites it safely.
	r = copyedit(t, dir, "", "-o", "raw.txt", "raw.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, repaired, readFile(t, filepath.Join(dir, "raw.txt")))

	r = copyedit(t, dir, "", "-o", "x.txt", "raw.txt", "raw.txt")
	assert.Equal(t, 2, r.code)
}

func TestBinaryFileRefused(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	bin := "line one\nline\x00two\n"
	writeFile(t, filepath.Join(dir, "data.bin"), bin, 0o644)
	writeFile(t, filepath.Join(dir, "ok.txt"), damaged, 0o644)
	r := copyedit(t, dir, "", "-w", "data.bin", "ok.txt")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "copyedit: data.bin:2: binary file")
	assert.Equal(t, bin, readFile(t, filepath.Join(dir, "data.bin")))
	assert.Equal(t, repaired, readFile(t, filepath.Join(dir, "ok.txt")))
}

// TestBinaryStdinPassedThrough checks that binary data on standard input is
// reported and copied to standard output as it came, so that a pipeline
// never loses its data.
func TestBinaryStdinPassedThrough(t *testing.T) {
	dir := workdir(t, "")
	bin := "a caf\xe9\nline\x00two\n"
	r := copyedit(t, dir, bin)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "copyedit: <standard input>:2: binary data (NUL byte), passed through unchanged\n", r.stderr)
	assert.Equal(t, bin, r.stdout)
}

func TestInvalidUTF8Repaired(t *testing.T) {
	dir := workdir(t, "")
	r := copyedit(t, dir, "fine\nthe caf\xe9 said \x93hi\x94\n")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "fine\nthe café said “hi”\n", r.stdout, "stray bytes are read as Windows-1252")
	assert.Equal(t, "copyedit: <standard input>:2: invalid UTF-8 repaired\n", r.stderr)
	r = copyedit(t, dir, "broken \xff here\n", "-q")
	assert.Equal(t, "broken ÿ here\n", r.stdout)
	assert.Empty(t, r.stderr, "-q silences warnings")
}

func TestHugeLine(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	line := strings.Repeat("word â€™ ", 200_000) // 2 MB, no newline
	r := copyedit(t, dir, line)
	assert.Equal(t, 0, r.code, r.stderr)
	want := strings.TrimSuffix(strings.Repeat("word ' ", 200_000), " ") // trailing space trimmed
	assert.Equal(t, len(want), len(r.stdout))
	assert.True(t, want == r.stdout, "a 2 MB line comes out whole and repaired")
}

func TestJSONL(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	in := `{"id":1,"text":"The councilâ€™s plan","url":"https://example.org/a"}
{"id":2,"text":"Nothing to fix here","tags":["x"]}
not json
{"id":4,"body":"no text field"}
{"text":"last oneâ€™s"}`
	r := copyedit(t, dir, in, "-jsonl")
	assert.Equal(t, 2, r.code, "malformed records are errors")
	assert.Contains(t, r.stderr, "copyedit: <standard input>:3: invalid JSON")
	assert.Contains(t, r.stderr, `copyedit: <standard input>:4: no "text" field`)
	lines := strings.Split(r.stdout, "\n")
	require.Len(t, lines, 5, "every line is kept, and no newline is added at the end")
	assert.Equal(t, `{"id":1,"text":"The council's plan","url":"https://example.org/a"}`, lines[0])
	assert.Equal(t, `{"id":2,"text":"Nothing to fix here","tags":["x"]}`, lines[1])
	assert.Equal(t, "not json", lines[2])
	assert.Equal(t, `{"id":4,"body":"no text field"}`, lines[3])
	assert.Equal(t, `{"text":"last one's"}`, lines[4])

	r = copyedit(t, dir, `{"body":"itâ€™s","text":"itâ€™s"}`+"\n", "-jsonl", "-field", "body")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, `{"body":"it's","text":"itâ€™s"}`+"\n", r.stdout)
}

func TestJSONLFiles(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	var in, want strings.Builder
	for i := range 500 {
		if i%7 == 0 {
			in.WriteString(`{"n":` + string(rune('0'+i%10)) + `,"text":"itâ€™s"}` + "\n")
			want.WriteString(`{"n":` + string(rune('0'+i%10)) + `,"text":"it's"}` + "\n")
		} else {
			in.WriteString(`{"text":"plain"}` + "\n")
			want.WriteString(`{"text":"plain"}` + "\n")
		}
	}
	p := filepath.Join(dir, "c.jsonl")
	writeFile(t, p, in.String(), 0o600)
	r := copyedit(t, dir, "", "-jsonl", "-l", "c.jsonl")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "c.jsonl\n", r.stdout)
	for _, j := range []string{"1", "3"} {
		r = copyedit(t, dir, "", "-jsonl", "-j", j, "c.jsonl")
		assert.Equal(t, want.String(), r.stdout, "-j %s", j)
	}
	r = copyedit(t, dir, "", "-jsonl", "-w", "c.jsonl")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, want.String(), readFile(t, p))
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
}

func TestExplain(t *testing.T) {
	dir := workdir(t, `"normalize"`)
	writeFile(t, filepath.Join(dir, "a.txt"), damaged, 0o644)
	r := copyedit(t, dir, "", "-explain", "edits.jsonl", "a.txt")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, repaired, r.stdout)
	sc := bufio.NewScanner(strings.NewReader(readFile(t, filepath.Join(dir, "edits.jsonl"))))
	n := 0
	for sc.Scan() {
		var e struct {
			File, Stage, Rule, Before, After string
			Start, End                       int
			Confidence                       float64
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &e), sc.Text())
		assert.Equal(t, "a.txt", e.File)
		assert.Equal(t, "normalize", e.Stage)
		assert.NotEmpty(t, e.Rule)
		assert.Equal(t, damaged[e.Start:e.End], e.Before)
		n++
	}
	assert.Positive(t, n)
}

func TestConfigDiscovery(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, ".copyedit.toml"), "stages = []\n", 0o644)
	sub := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	r := copyedit(t, sub, damaged)
	assert.Equal(t, damaged, r.stdout, "the config two directories up runs no stage")
	r = copyedit(t, sub, damaged, "-config", "none")
	assert.NotEqual(t, damaged, r.stdout, "-config none forces the defaults")
	r = copyedit(t, sub, damaged, "-stages", "normalize")
	assert.Equal(t, repaired, r.stdout, "-stages overrides the config")

	writeFile(t, filepath.Join(sub, "bad.toml"), "[normalize]\nspeling = true\n", 0o644)
	r = copyedit(t, sub, damaged, "-config", "bad.toml")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "copyedit: bad.toml:2: unknown key \"normalize.speling\"\n", r.stderr)
	assert.Empty(t, r.stdout)

	r = copyedit(t, sub, damaged, "-stages", "normalize,translate")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `unknown stage "translate"`)
}

func TestConfigCommand(t *testing.T) {
	dir := t.TempDir()
	r := copyedit(t, dir, "", "config")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "stages = [")
	writeFile(t, filepath.Join(dir, ".copyedit.toml"), r.stdout, 0o644)
	r = copyedit(t, dir, damaged)
	assert.Equal(t, 0, r.code, "the printed config is a valid config: %s", r.stderr)
}

func TestUsageErrors(t *testing.T) {
	r := copyedit(t, t.TempDir(), "", "-nosuchflag")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "copyedit: flag provided but not defined: -nosuchflag")
	r = copyedit(t, t.TempDir(), "", "missing.txt")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "missing.txt")
	r = copyedit(t, t.TempDir(), "", "-j", "0")
	assert.Equal(t, 2, r.code)
	r = copyedit(t, t.TempDir(), "", "-version")
	assert.Equal(t, 0, r.code)
	assert.True(t, strings.HasPrefix(r.stdout, "copyedit "))
}
