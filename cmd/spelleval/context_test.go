package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeerWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"the cat's hat", []string{"the", "cat's", "hat"}},
		{"“Don’t,” she said.", []string{"Don’t", "she", "said"}},
		{"well-known rock'n'roll", []string{"well", "known", "rock'n'roll"}},
		{"see bbc.co.uk/news or @bbc at 4pm", []string{"see", "or", "at"}},
		{"cats' toys", []string{"cats", "toys"}},
		{"", nil},
	} {
		var got []string
		for _, s := range peerWords(tc.text) {
			got = append(got, tc.text[s[0]:s[1]])
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}

// TestContextEval runs the in-context evaluation on a capped sample of
// clean_news.txt without peers: the table and the JSON line are printed,
// and two runs give the same counts.
func TestContextEval(t *testing.T) {
	t.Setenv("COPYEDIT_BENCH", t.TempDir()) // no bench: clean_news.txt only
	cfg := contextConfig{Seed: 3, Rate: 0.1, SwapShare: 0.2, MaxWords: 1500}

	var b strings.Builder
	require.NoError(t, contextEval(&b, cfg, false))
	out := b.String()
	assert.Contains(t, out, "seed 3, rate 0.1, swap share 0.2, max words 1500")
	assert.Contains(t, out, "real news skipped")
	assert.Regexp(t, `\n +copyedit +\d+\.\d%`, out)
	assert.Regexp(t, `\n +copyedit real_words +\d+\.\d%`, out)
	assert.Contains(t, out, "copyedit, by class and kind:")

	runJSON := func() map[string]any {
		var b strings.Builder
		require.NoError(t, contextEval(&b, cfg, true))
		require.Equal(t, 1, strings.Count(b.String(), "\n"), "one line")
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(b.String()), &v))
		for _, r := range v["correctors"].([]any) {
			delete(r.(map[string]any), "words_per_sec")
		}
		return v
	}
	v := runJSON()
	assert.EqualValues(t, 3, v["seed"])
	words := v["words"].(float64)
	assert.Greater(t, words, 1000.0)
	assert.LessOrEqual(t, words, 1500.0)
	rows := v["correctors"].([]any)
	require.Len(t, rows, 2)
	all := rows[0].(map[string]any)["all"].(map[string]any)
	assert.Positive(t, all["places"])
	assert.Greater(t, all["fixed"], 0.3, "copyedit fixes a good share of injected typos")
	assert.Equal(t, v, runJSON(), "deterministic")
}
