package normalize

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/copyedit/copyedit/edit"
)

var update = flag.Bool("update", false, "update the .golden files in testdata/golden")

// goldenOptions gives the options of each golden case; the rest use the
// defaults.
var goldenOptions = map[string]Options{
	"quotes_curly":     {Quotes: "curly"},
	"typography_ascii": {Dashes: "ascii", Ellipsis: "ascii"},
	"translit":         {Transliterate: "on"},
	"nfkc":             {NormalForm: "NFKC"},
	"ftfy_preset":      {Preset: "ftfy"},
}

func TestGolden(t *testing.T) {
	ins, err := filepath.Glob(filepath.Join("testdata", "golden", "*.in"))
	require.NoError(t, err)
	require.NotEmpty(t, ins)
	for _, in := range ins {
		name := strings.TrimSuffix(filepath.Base(in), ".in")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			n, err := New(goldenOptions[name])
			require.NoError(t, err)
			got, edits := n.String(string(src))
			golden := strings.TrimSuffix(in, ".in") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
			checkEdits(t, string(src), got, edits)
			again, more := n.String(got)
			assert.Equal(t, got, again, "not idempotent")
			assert.Empty(t, more)
			assert.Equal(t, got, stream(t, n, src, 1))
			assert.Equal(t, got, stream(t, n, src, 7))
			if _, custom := goldenOptions[name]; !custom && !bytes.Contains(src, []byte("\r")) {
				crlf, _ := n.String(strings.ReplaceAll(string(src), "\n", "\r\n"))
				assert.Equal(t, got, crlf, "CRLF input")
			}
		})
	}
}

// checkEdits verifies that the edits describe the change from in to out.
func checkEdits(t *testing.T, in, out string, edits []edit.Edit) {
	t.Helper()
	var b strings.Builder
	last := 0
	for _, e := range edits {
		require.Equal(t, Stage, e.Stage)
		require.NotEmpty(t, e.Rule)
		require.GreaterOrEqual(t, e.Start, last, "edits overlap or are out of order: %+v", e)
		require.LessOrEqual(t, e.End, len(in))
		require.Equal(t, in[e.Start:e.End], e.Before)
		require.True(t, e.Confidence > 0 && e.Confidence <= 1)
		b.WriteString(in[last:e.Start])
		b.WriteString(e.After)
		last = e.End
	}
	b.WriteString(in[last:])
	require.Equal(t, out, b.String(), "applying the edits does not give the output")
}

// stream runs src through the Transformer in chunks of size bytes, with
// a destination buffer of the same size.
func stream(t testing.TB, n *Normalizer, src []byte, size int) string {
	tr := n.Transformer()
	var out []byte
	dst := make([]byte, size)
	var pending []byte
	for pos := 0; ; {
		end := min(pos+size, len(src))
		pending = append(pending, src[pos:end]...)
		pos = end
		eof := pos == len(src)
		for {
			nDst, nSrc, err := tr.Transform(dst, pending, eof)
			out = append(out, dst[:nDst]...)
			pending = pending[nSrc:]
			if err == transform.ErrShortDst {
				continue
			}
			if err == transform.ErrShortSrc && !eof {
				break
			}
			require.NoError(t, err)
			break
		}
		if eof && len(pending) == 0 {
			return string(out)
		}
	}
}

func TestTransformerEveryBufferSize(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "mixed.in"))
	require.NoError(t, err)
	n, err := New(Options{})
	require.NoError(t, err)
	want, _ := n.String(string(src))
	for size := 1; size <= len(src)+1; size++ {
		require.Equal(t, want, stream(t, n, src, size), "buffer size %d", size)
	}
	// transform.String and transform.NewReader use their own buffers.
	got, _, err := transform.String(n.Transformer(), string(src))
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestLongLinesAreCut(t *testing.T) {
	line := strings.Repeat("Ã©tÃ© word ", MaxLine/5) + "end"
	n, err := New(Options{})
	require.NoError(t, err)
	want, edits := n.String(line)
	checkEdits(t, line, want, edits)
	assert.Equal(t, strings.Repeat("été word ", MaxLine/5)+"end", want)
	for _, size := range []int{1000, 4096, MaxLine + 3} {
		assert.Equal(t, want, stream(t, n, []byte(line), size))
	}
}

func TestDefaults(t *testing.T) {
	a, err := New(Options{})
	require.NoError(t, err)
	b, err := New(DefaultOptions())
	require.NoError(t, err)
	assert.Equal(t, a.c, b.c)
	in := "“Hi” — it’s\u00a0fine…  \n\n\n"
	got, _ := a.String(in)
	assert.Equal(t, `"Hi" — it's fine…`+"\n\n", got)
	assert.Equal(t, got, String(in))
}

func TestPresetOverride(t *testing.T) {
	n, err := New(Options{Preset: "ftfy", Spaces: "on", Quotes: "keep"})
	require.NoError(t, err)
	got, _ := n.String("“a\u00a0b”  ")
	assert.Equal(t, "“a b”  ", got)
}

func TestOptionErrors(t *testing.T) {
	for _, tc := range []struct {
		opts Options
		key  string
		msg  string
	}{
		{Options{Quotes: "fancy"}, "quotes", `normalize: quotes: unknown value "fancy" (want "ascii", "curly" or "keep")`},
		{Options{Preset: "moses"}, "preset", `normalize: preset: unknown value "moses" (want "" or "ftfy")`},
		{Options{Mojibake: "yes"}, "mojibake", `normalize: mojibake: unknown value "yes" (want "on" or "off")`},
		{Options{NormalForm: "nfc"}, "normal_form", `normalize: normal_form: unknown value "nfc" (want "NFC", "NFKC" or "none")`},
	} {
		_, err := New(tc.opts)
		require.Error(t, err)
		assert.Equal(t, tc.msg, err.Error())
		var k interface{ Key() string }
		require.ErrorAs(t, err, &k)
		assert.Equal(t, tc.key, k.Key())
	}
}

func TestInvalidUTF8(t *testing.T) {
	n, err := New(Options{})
	require.NoError(t, err)
	for in, want := range map[string]string{
		"caf\xe9 au lait":                "café au lait",
		"\x93quoted\x94":                 `"quoted"`,
		"emoji \xed\xa0\xbd\xed\xb8\x80": "emoji 😀",
		"lone \xed\xa0\xbd surrogate":    "lone \uFFFD surrogate",
		"cut \xe2\x80":                   "cut â€",
	} {
		got, edits := n.String(in)
		assert.Equal(t, want, got, "%q", in)
		assert.True(t, utf8.ValidString(got))
		checkEdits(t, in, got, edits)
		require.NotEmpty(t, edits)
	}
}

func TestComposeKeepsFirstRule(t *testing.T) {
	n, err := New(Options{})
	require.NoError(t, err)
	in := "itâ€™s"
	got, edits := n.String(in)
	assert.Equal(t, "it's", got)
	require.Len(t, edits, 1)
	assert.Equal(t, edit.Edit{Stage: Stage, Rule: "mojibake", Start: 2, End: 10, Before: "â€™", After: "'", Confidence: edits[0].Confidence}, edits[0])
}
