package spell

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "update the golden files in testdata/golden")

// TestGolden corrects each testdata/golden/*.input, whole paragraphs the
// project wrote, and compares the text with the .golden file beside it. The
// golden is then corrected again to prove idempotence, and the input is fed
// with CRLF line ends.
func TestGolden(t *testing.T) {
	testGolden(t, corrector(t), "testdata/golden/*.input")
}

// TestGoldenRealWords is TestGolden with real_words on, for the paragraphs
// in testdata/golden/realwords.
func TestGoldenRealWords(t *testing.T) {
	testGolden(t, realWordsCorrector(t), "testdata/golden/realwords/*.input")
}

func testGolden(t *testing.T, c *Corrector, pattern string) {
	inputs, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			require.NoError(t, err)
			got, edits := c.Correct(string(b))
			var report strings.Builder
			report.WriteString(got)
			report.WriteString("\n---- edits\n")
			for _, e := range edits {
				report.WriteString(formatEdit(e))
				report.WriteString("\n")
			}
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(report.String()), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), report.String())

			again, _ := c.Correct(got)
			assert.Equal(t, got, again, "not idempotent")

			crlf := strings.ReplaceAll(string(b), "\n", "\r\n")
			gotCRLF, _ := c.Correct(crlf)
			assert.Equal(t, strings.ReplaceAll(got, "\n", "\r\n"), gotCRLF, "CRLF input")
		})
	}
}
