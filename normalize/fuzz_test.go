package normalize

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func fuzzSeeds(f *testing.F) {
	ins, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.in"))
	for _, in := range ins {
		b, err := os.ReadFile(in)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range []string{
		"", "\n", "\r", "\r\n\r\n\r\n", "   \n  ", "Ã", "Ã ", "Ã  x", "â€", "â€™s", "ÃƒÂ©", "\xed\xa0\xbd",
		"\xed\xa0\xbd\xed\xb8\x80", "\xff\xfe", "&amp;amp;", "&#x80;", "&lt;b&gt;", "\x1b[31m", "\x1b",
		"'\"'\"", "“‘", "ﬃ", "ŉ", "Ǆ", "\u200d", "a\u200d", "1\ufe0f", "…—–", "e\u0301\u0301", "Ａ",
		"√©", "Рґ", "╨┐", "×‘", "í\xa0½í¸\x8d", "\u2028\u2029\u0085", "x\u00a0\u00a0y",
	} {
		f.Add([]byte(s))
	}
}

// FuzzNormalize checks the invariants for any input: valid UTF-8 out,
// normalising twice changes nothing, streaming in any chunks gives the same
// output, and the edits rebuild the output from the input.
func FuzzNormalize(f *testing.F) {
	fuzzSeeds(f)
	def, err := New(Options{})
	require.NoError(f, err)
	curly, err := New(Options{Quotes: "curly", Dashes: "ascii", Transliterate: "on"})
	require.NoError(f, err)
	ftfy, err := New(Options{Preset: "ftfy"})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, n := range []*Normalizer{def, curly, ftfy} {
			out, edits := n.String(string(data))
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out: %q -> %q", data, out)
			}
			checkEdits(t, string(data), out, edits)
			if again, _ := n.String(out); again != out {
				t.Fatalf("not idempotent:\n in: %q\nout: %q\n2nd: %q", data, out, again)
			}
			for _, size := range []int{1, 2, 5} {
				if got := stream(t, n, data, size); got != out {
					t.Fatalf("stream(%d) differs:\n in: %q\nout: %q\ngot: %q", size, data, out, got)
				}
			}
		}
	})
}
