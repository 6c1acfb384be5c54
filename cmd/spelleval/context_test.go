package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
