package copyedit_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit"
)

// The README's config reference is the output of `copyedit config`; this
// test keeps the two the same (go test -update rewrites the README block).
func TestREADMEConfigReference(t *testing.T) {
	const begin, end = "<!-- begin: copyedit config -->\n```toml\n", "```\n<!-- end: copyedit config -->"
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	s := string(readme)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	require.True(t, i >= 0 && j > i, "README.md lacks the config reference block")
	var b bytes.Buffer
	require.NoError(t, copyedit.WriteDefaultConfig(&b))
	if *update {
		s = s[:i+len(begin)] + b.String() + s[j:]
		require.NoError(t, os.WriteFile("README.md", []byte(s), 0o644))
		return
	}
	require.Equal(t, b.String(), s[i+len(begin):j], "README.md's config reference is stale: run go test . -update")
}
