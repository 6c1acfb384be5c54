package boilerplate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrailingMetaGlued checks that a labelled metadata token glued to the
// end of the last paragraph is cut off and reported, whether or not a space
// separates it and however short the document is, and that the sentence it
// is glued to keeps its punctuation.
func TestTrailingMetaGlued(t *testing.T) {
	r := mustNew(t, Options{})
	body := "Tenants packed the hall on Wednesday evening to hear the housing plan.\n\n"
	tests := []struct {
		name, last, want string
		meta             map[string]string
	}{
		{name: "space before", last: "The plan was dropped, a spokesman confirmed. Last updated 9:40 BST",
			want: "The plan was dropped, a spokesman confirmed.", meta: map[string]string{"updated": "09:40+01:00"}},
		{name: "glued to the full stop", last: "The plan was dropped, a spokesman confirmed.Updated 16:20 GMT",
			want: "The plan was dropped, a spokesman confirmed.", meta: map[string]string{"updated": "16:20Z"}},
		{name: "glued after a closing quote", last: "\"We will try again,\" she said.\"Published 4 March 2026",
			want: "\"We will try again,\" she said.\"", meta: map[string]string{"date": "2026-03-04"}},
		{name: "a label word inside a word is not a token", last: "Their records were outdated 14:05 GMT",
			want: "Their records were outdated 14:05 GMT", meta: map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := body + tt.last + "\n"
			res := r.Clean(in)
			checkEdits(t, in, res)
			assert.Equal(t, body+tt.want+"\n", res.Text)
			assert.Equal(t, tt.meta, res.Meta)
			assert.Equal(t, res.Text, r.Clean(res.Text).Text, "second pass")
		})
	}
}

// TestMetaOnlyWhenRemoved checks that when max_removed refuses the
// removals, the metadata tokens stay in the text and so are not reported.
func TestMetaOnlyWhenRemoved(t *testing.T) {
	in := "Published: 3 February 2026\nAdvertisement\nShort note.\n"
	refused := mustNew(t, Options{MaxRemoved: 0.1}).Clean(in)
	assert.Equal(t, in, refused.Text)
	assert.NotEmpty(t, refused.Warnings)
	assert.Empty(t, refused.Meta)

	applied := mustNew(t, Options{MaxRemoved: 1}).Clean(in)
	assert.False(t, strings.Contains(applied.Text, "Published"))
	assert.Equal(t, map[string]string{"date": "2026-02-03"}, applied.Meta)
}
