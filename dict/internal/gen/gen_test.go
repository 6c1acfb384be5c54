package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/want from the fixture sources")

var outputs = []string{"words.txt", "counts.bin", "bigrams.bin", "variants.txt", "attested.txt"}

// TestGenerateFixture regenerates from the tiny source set under
// testdata/src (written for this test, in the sources' formats) and
// compares with testdata/want byte for byte. want/dump.txt is the same data
// decoded, so a change reads as a diff.
func TestGenerateFixture(t *testing.T) {
	out := t.TempDir()
	st, err := generate(config{
		scowlDir:  filepath.Join("testdata", "src", "scowl"),
		npmDir:    filepath.Join("testdata", "src", "npm"),
		sphinxDir: filepath.Join("testdata", "src", "sphinx"),
		outDir:    out,
		maxSize:   70,
	})
	require.NoError(t, err)
	t.Log(st)
	dump, err := dumpData(out)
	require.NoError(t, err)
	want := filepath.Join("testdata", "want")
	if *update {
		require.NoError(t, os.MkdirAll(want, 0o755))
		for _, name := range outputs {
			b, err := os.ReadFile(filepath.Join(out, name))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(want, name), b, 0o644))
		}
		require.NoError(t, os.WriteFile(filepath.Join(want, "dump.txt"), []byte(dump), 0o644))
		return
	}
	wantDump, err := os.ReadFile(filepath.Join(want, "dump.txt"))
	require.NoError(t, err)
	assert.Equal(t, string(wantDump), dump)
	for _, name := range outputs {
		got, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err)
		w, err := os.ReadFile(filepath.Join(want, name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(w, got), "%s differs from testdata/want (run with -update and read the dump.txt diff)", name)
	}

	// A second run gives the same bytes.
	out2 := t.TempDir()
	_, err = generate(config{
		scowlDir:  filepath.Join("testdata", "src", "scowl"),
		npmDir:    filepath.Join("testdata", "src", "npm"),
		sphinxDir: filepath.Join("testdata", "src", "sphinx"),
		outDir:    out2, maxSize: 70,
	})
	require.NoError(t, err)
	for _, name := range outputs {
		a, _ := os.ReadFile(filepath.Join(out, name))
		b, _ := os.ReadFile(filepath.Join(out2, name))
		assert.True(t, bytes.Equal(a, b), name)
	}
}

// TestGenerateCommitted regenerates the real data from the pinned sources
// and compares it with dict/data. It runs only when COPYEDIT_DICT_SOURCES
// names the directory README.md's commands filled (scowl/ and sphinx/
// extracted there, the npm packages extracted beside them).
func TestGenerateCommitted(t *testing.T) {
	dir := os.Getenv("COPYEDIT_DICT_SOURCES")
	if dir == "" {
		t.Skip("COPYEDIT_DICT_SOURCES not set; see dict/README.md")
	}
	out := t.TempDir()
	_, err := generate(config{
		scowlDir: filepath.Join(dir, "scowl", "usr", "share", "dict", "scowl"),
		npmDir:   dir, sphinxDir: filepath.Join(dir, "sphinx"),
		outDir: out, maxSize: 70, verify: true,
	})
	require.NoError(t, err)
	for _, name := range outputs {
		got, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join("..", "..", "data", name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "dict/data/%s is stale: rerun the generator", name)
	}
}

func TestVerifyRejectsWrongSource(t *testing.T) {
	_, err := generate(config{
		scowlDir:  filepath.Join("testdata", "src", "scowl"),
		npmDir:    filepath.Join("testdata", "src", "npm"),
		sphinxDir: filepath.Join("testdata", "src", "sphinx"),
		outDir:    t.TempDir(), maxSize: 70, verify: true,
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "sha256")
}

func TestRewrites(t *testing.T) {
	for us, uk := range map[string]string{
		"color": "colour", "center": "centre", "organize": "organise", "defense": "defence",
		"catalog": "catalogue", "traveled": "travelled", "gray": "grey", "skeptic": "sceptic",
		"maneuver": "manoeuvre", "colorize": "colourise", "program": "programme",
	} {
		assert.Contains(t, rewrites(us), uk, us)
	}
	assert.NotContains(t, rewrites("lunule"), "lunulae")
	assert.NotContains(t, rewrites("performative"), "preformative")
	assert.NotContains(t, rewrites("therap"), "threap")
}

// dumpData renders the generated files as text: "word count" lines, then
// "a b count" lines, then the variant groups, then the attested tier.
func dumpData(dir string) (string, error) {
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }
	words, err := read("words.txt")
	if err != nil {
		return "", err
	}
	counts, err := read("counts.bin")
	if err != nil {
		return "", err
	}
	bigrams, err := read("bigrams.bin")
	if err != nil {
		return "", err
	}
	variants, err := read("variants.txt")
	if err != nil {
		return "", err
	}
	attested, err := read("attested.txt")
	if err != nil {
		return "", err
	}
	ws := strings.Split(strings.TrimSuffix(string(words), "\n"), "\n")
	if len(counts) != 5*len(ws) {
		return "", fmt.Errorf("%d words, %d count bytes", len(ws), len(counts))
	}
	var b strings.Builder
	b.WriteString("# words\n")
	for i, w := range ws {
		var c [8]byte
		copy(c[:], counts[5*i:5*i+5])
		fmt.Fprintf(&b, "%s %d\n", w, binary.LittleEndian.Uint64(c[:]))
	}
	b.WriteString("# bigrams\n")
	for r := 0; r+10 <= len(bigrams); r += 10 {
		x := bigrams[r:]
		a := int(x[0]) | int(x[1])<<8 | int(x[2])<<16
		c := int(x[3]) | int(x[4])<<8 | int(x[5])<<16
		fmt.Fprintf(&b, "%s %s %d\n", ws[a], ws[c], binary.LittleEndian.Uint32(x[6:]))
	}
	b.WriteString("# variants\n")
	b.Write(variants)
	b.WriteString("# attested\n")
	b.Write(attested)
	return b.String(), nil
}

// TestExtraWords checks which words of the extra lists join the lexicon.
func TestExtraWords(t *testing.T) {
	main := map[string]scowlWord{"goal": {}, "London": {}, "Tories": {}, "news": {}}
	plain := map[string]scowlWord{
		"news": {}, "chai": {}, // already listed; new
		"london": {}, // a name spelled in lowercase: left out
		"Chai":   {}, // its lowercase is in the extra lists
	}
	variant := map[string]scowlWord{
		"gaol": {}, "tories": {}, // a lowercase variant of a listed name is kept
		"Goal": {}, // its lowercase is listed
	}
	assert.Equal(t, []string{"chai", "gaol", "tories"}, extraWords(plain, variant, main))
}

// TestAttestedWords checks which words join the attested tier.
func TestAttestedWords(t *testing.T) {
	norvig := map[string]uint64{
		"tiffin": 30000, "satay": 20000, // curated, not a slip: in
		"reportr": 20000,   // curated, but "reporter" is counted 450 times as often
		"newsy":   40000,   // no curated list has it
		"ewe":     50000,   // too short
		"london":  5000000, // the lexicon has "London"
		"report":  9000000, // the lexicon has it
	}
	counts := map[string]uint64{"reporter": 9000000, "London": 121079315, "report": 204032145}
	cmu := map[string]bool{"tiffin": true, "reportr": true, "ewe": true, "london": true, "report": true}
	scowl := map[string]bool{"satay": true}
	assert.Equal(t, []string{"satay", "tiffin"}, attestedWords(norvig, counts, cmu, scowl))
}

func TestTypoLike(t *testing.T) {
	lc := map[string]uint64{"reporter": 9000000, "form": 5000000, "don't": 300000, "occurring": 1000000, "fulfil": 1000000}
	for _, tc := range []struct {
		w    string
		n    uint64
		want bool
	}{
		{"reportr", 20000, true},   // a letter dropped
		{"reporterr", 20000, true}, // added
		{"reportar", 20000, true},  // replaced
		{"repotrer", 20000, true},  // swapped
		{"reportr", 90001, false},  // common enough to stand (9,000,000 / 100 = 90,000)
		{"fomr", 1000, true},
		{"dont", 2000, true}, // an apostrophe dropped
		{"tiffin", 1, false},
		{"occuring", 20000, true},   // a letter undoubled: ten times as common is enough
		{"occuring", 100001, false}, // not ten times
		{"fulfill", 20000, true},    // a letter doubled at the end
		{"occurrring", 50000, true},
	} {
		assert.Equal(t, tc.want, typoLike(tc.w, tc.n, lc), "%s %d", tc.w, tc.n)
	}
}

func TestReadCMUDict(t *testing.T) {
	m, err := readCMUDict("d", []byte("the DH AH\nthe(2) DH IY\no'hare OW HH EH R\nNASA N AE S AH\n'bout B AW T\n\n"))
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"the": true, "o'hare": true}, m)
	_, err = readCMUDict("d", []byte("lonely\n"))
	assert.ErrorContains(t, err, "d:1:")
}
