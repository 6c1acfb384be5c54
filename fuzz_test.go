package copyedit_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit"
)

// FuzzPipeline checks the invariants of the whole default pipeline: any
// input gives valid UTF-8, cleaning is deterministic, and cleaning the
// output again changes nothing.
func FuzzPipeline(f *testing.F) {
	for _, s := range newsParagraphs {
		f.Add(s)
	}
	f.Add(" date 2024-11-02 Your support keeps us going Read more\n\nThe the council met.")
	f.Add("bad \xff\xfe bytes \x00 and \x1b[31mcolour\x1b[0m")
	f.Add("Ã¢â‚¬â„¢ &amp;amp; ﬁ Ｆｕｌｌ \u200b\u00ad")
	f.Add("")
	p, err := copyedit.New(copyedit.Config{})
	require.NoError(f, err)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, in string) {
		out, err := p.CleanString(ctx, in)
		require.NoError(t, err)
		require.True(t, utf8.ValidString(out), "invalid UTF-8 out for %q", in)
		out2, err := p.CleanString(ctx, in)
		require.NoError(t, err)
		require.Equal(t, out, out2, "not deterministic for %q", in)
		again, err := p.CleanString(ctx, out)
		require.NoError(t, err)
		require.Equal(t, out, again, "not idempotent for %q", in)
	})
}
