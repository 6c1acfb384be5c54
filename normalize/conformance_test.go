package normalize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// benchDir finds shared/bench: $COPYEDIT_BENCH, or a shared/bench beside
// the repository (searched upward from the working directory).
func benchDir(t testing.TB) string {
	if d := os.Getenv("COPYEDIT_BENCH"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		d := filepath.Join(dir, "shared", "bench")
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/bench not found; set COPYEDIT_BENCH")
		}
		dir = parent
	}
}

type ftfyCase struct {
	Label    string `json:"label"`
	Original string `json:"original"`
	Fixed    string `json:"fixed"`
	Expect   string `json:"expect"`
}

// TestFtfyConformance runs python-ftfy's own test cases under the "ftfy"
// preset: every case ftfy passes must pass, and every negative case must
// come out unchanged.
func TestFtfyConformance(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(benchDir(t), "normalize", "ftfy", "*.json"))
	if len(files) == 0 {
		t.Skip("no ftfy cases in shared/bench/normalize/ftfy")
	}
	n, err := New(Options{Preset: "ftfy"})
	require.NoError(t, err)
	var pass, total, failFixed, failTotal int
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var cases []ftfyCase
		require.NoError(t, json.Unmarshal(data, &cases), f)
		negative := filepath.Base(f) == "negative.json"
		for _, c := range cases {
			got, _ := n.String(c.Original)
			if c.Expect == "fail" {
				failTotal++
				if got == c.Fixed {
					failFixed++
				}
				continue
			}
			total++
			if got == c.Fixed {
				pass++
			}
			assert.Equal(t, c.Fixed, got, "%s: %s\n in: %+q", filepath.Base(f), c.Label, c.Original)
			if negative {
				// Negative cases may only change what python-ftfy's other
				// fixers change (quotes); the text around stays.
				assert.Equal(t, c.Fixed, got, "negative case changed: %s", c.Label)
			}
		}
	}
	t.Logf("ftfy conformance: %d/%d pass cases pass; %d/%d of ftfy's own fail cases fixed", pass, total, failFixed, failTotal)
}
