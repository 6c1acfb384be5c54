package copyedit_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/pmezard/go-difflib/difflib"
	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden runs every testdata/golden/NAME.in.txt through the pipeline
// configured by NAME.toml (the defaults when absent) and compares the result
// with NAME.golden.txt. The golden text must also be a fixed point, and the
// same input read in one-byte pieces or with CRLF line ends must give the
// same result.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.in.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".in.txt")
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(in, ".in.txt")
			cfg := copyedit.DefaultConfig()
			if _, err := os.Stat(base + ".toml"); err == nil {
				cfg, err = copyedit.LoadConfig(base + ".toml")
				require.NoError(t, err)
			}
			p, err := copyedit.New(cfg)
			require.NoError(t, err)
			ctx := context.Background()

			src, err := os.ReadFile(in)
			require.NoError(t, err)
			got, err := p.CleanString(ctx, string(src))
			require.NoError(t, err)

			golden := base + ".golden.txt"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "missing golden file; run go test -update")
			if got != string(want) {
				d, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
					A: difflib.SplitLines(string(want)), B: difflib.SplitLines(got),
					FromFile: golden, ToFile: "got", Context: 2,
				})
				t.Fatalf("output differs from %s:\n%s", golden, d)
			}

			again, err := p.CleanString(ctx, got)
			require.NoError(t, err)
			require.Equal(t, got, again, "cleaning the golden text again changed it")

			var sb strings.Builder
			_, err = p.CleanReader(ctx, &sb, iotest.OneByteReader(strings.NewReader(string(src))))
			require.NoError(t, err)
			require.Equal(t, got, sb.String(), "one-byte reads gave another result")

			if hasStage(cfg, copyedit.StageNormalize) {
				crlf, err := p.CleanString(ctx, strings.ReplaceAll(string(src), "\n", "\r\n"))
				require.NoError(t, err)
				require.Equal(t, got, crlf, "CRLF input gave another result")
			}
		})
	}
}

func hasStage(cfg copyedit.Config, stage string) bool {
	stages := cfg.Stages
	if stages == nil {
		stages = copyedit.DefaultStages()
	}
	for _, s := range stages {
		if s == stage {
			return true
		}
	}
	return false
}
