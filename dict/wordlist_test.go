package dict

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadWordList(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]uint64
	}{
		{"empty", "", map[string]uint64{}},
		{"words", "alpha\nbeta\n", map[string]uint64{"alpha": 0, "beta": 0}},
		{"counts", "alpha 12\nbeta\t7\n", map[string]uint64{"alpha": 12, "beta": 7}},
		{"comments", "# header\n  # indented\nalpha # note\nC#\n", map[string]uint64{"alpha": 0, "C#": 0}},
		{"blank and CRLF", "\r\nalpha 3\r\n\r\n", map[string]uint64{"alpha": 3}},
		{"BOM", "\ufeffalpha\n", map[string]uint64{"alpha": 0}},
		{"last count wins", "alpha 3\nalpha 5\nalpha\n", map[string]uint64{"alpha": 5}},
		{"no final newline", "alpha 1", map[string]uint64{"alpha": 1}},
		{"unicode", "Zürich 40\ncafé\n", map[string]uint64{"Zürich": 40, "café": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wl, err := ReadWordList(strings.NewReader(tt.in), "list.txt")
			require.NoError(t, err)
			got := map[string]uint64{}
			for w, n := range wl.All() {
				got[w] = n
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, len(tt.want), wl.Len())
			assert.Equal(t, "list.txt", wl.Name())
		})
	}
}

func TestReadWordListErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"three fields", "ok\nalpha 1 2\n", "user.txt:2: want a word and an optional count, got 3 fields"},
		{"bad count", "alpha x\n", `user.txt:1: count "x" is not a positive whole number`},
		{"zero count", "# c\n\nalpha 0\n", `user.txt:3: count "0" is not a positive whole number`},
		{"negative count", "alpha -4\n", `user.txt:1: count "-4" is not a positive whole number`},
		{"invalid UTF-8", "ok\n\xff\xfe\n", "user.txt:2: word is not valid UTF-8"},
		{"control", "a\x01b\n", `user.txt:1: word "a\x01b" has a control character`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadWordList(strings.NewReader(tt.in), "user.txt")
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			var pe *ParseError
			assert.True(t, errors.As(err, &pe))
		})
	}
}

func TestReadHunspell(t *testing.T) {
	wl, err := LoadFile(filepath.Join("testdata", "newsroom.dic"))
	require.NoError(t, err)
	for _, w := range []string{
		"colour", "coloured", "colouring", "colours",
		"organise", "organised", "organising", "organises",
		"happy", "unhappy", "happiness", "unhappiness", "happinesses",
		"report", "reported", "reporting", "reports", "reporter", "reporters",
		"Zelenskyy",
	} {
		assert.True(t, wl.Contains(w), w)
	}
	for _, w := range []string{"bogus", "nth", "colourd", "organiseing", "happyed", "unreport", "Zelenskyys"} {
		assert.False(t, wl.Contains(w), w)
	}
	assert.Equal(t, filepath.Join("testdata", "newsroom.dic"), wl.Name())

	// The .aff path finds its .dic.
	wl2, err := LoadFile(filepath.Join("testdata", "newsroom.aff"))
	require.NoError(t, err)
	assert.Equal(t, wl.Len(), wl2.Len())
}

func TestReadHunspellFlagTypes(t *testing.T) {
	tests := []struct {
		name, aff, dic string
		want           []string
	}{
		{"long", "FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n", "1\ncat/Aa\n", []string{"cat", "cats"}},
		{"num", "FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\nPFX 7 Y 1\nPFX 7 0 re .\n", "1\nact/101,7\n", []string{"act", "acts", "react", "reacts"}},
		{"UTF-8", "FLAG UTF-8\nSFX é Y 1\nSFX é 0 s .\n", "1\ndog/é\n", []string{"dog", "dogs"}},
		{"aliases", "AF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\n", "1\npen/1\n", []string{"pen", "pens"}},
		{"needaffix", "NEEDAFFIX X\nSFX S Y 1\nSFX S 0 s .\n", "1\nscissor/XS\n", []string{"scissors"}},
		{"latin1", "SET ISO8859-1\nSFX S Y 1\nSFX S 0 s .\n", "1\ncaf\xe9/S\n", []string{"café", "cafés"}},
		{"escaped slash and morphology", "", "1\nand\\/or\tpo:conj\n", []string{"and/or"}},
		{"no count on rules line", "SFX S N 1\nSFX S 0 s\n", "1\nbook/S\n", []string{"book", "books"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wl, err := ReadHunspell(strings.NewReader(tt.dic), strings.NewReader(tt.aff), "x.dic")
			require.NoError(t, err)
			var got []string
			for w := range wl.All() {
				got = append(got, w)
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func TestReadHunspellErrors(t *testing.T) {
	tests := []struct {
		name, aff, dic, want string
	}{
		{"dic count", "", "colour\n", `en.dic:1: first line "colour" should be the number of words`},
		{"dic bad UTF-8", "", "2\nok\n\xff\n", "en.dic:3: line is not valid UTF-8 (missing SET ISO8859-1?)"},
		{"alias range", "AF 1\nAF S\n", "1\npen/2\n", "en.dic:2: flag alias 2 out of range 1..1"},
		{"aff header", "# c\nSFX S Y many\n", "1\n", `en.aff:2: SFX header should be "SFX flag Y|N count"`},
		{"aff missing rules", "SFX S Y 2\nSFX S 0 s .\n", "1\n", "en.aff: SFX S: 1 rule lines missing"},
		{"aff encoding", "SET KOI8-R\n", "1\n", `en.aff:1: unsupported encoding "KOI8-R" (want UTF-8 or ISO8859-1)`},
		{"aff flag type", "FLAG hex\n", "1\n", `en.aff:1: unknown FLAG type "hex" (want long, num or UTF-8)`},
		{"aff condition", "SFX S Y 1\nSFX S 0 s [ab\n", "1\n", `en.aff:2: condition "[ab": unclosed [`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadHunspell(strings.NewReader(tt.dic), strings.NewReader(tt.aff), "en.dic")
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadFile(filepath.Join(dir, "missing.txt"))
	assert.ErrorIs(t, err, os.ErrNotExist)

	dic := filepath.Join(dir, "lonely.dic")
	require.NoError(t, os.WriteFile(dic, []byte("1\nword\n"), 0o644))
	_, err = LoadFile(dic)
	assert.ErrorIs(t, err, os.ErrNotExist)
	assert.Contains(t, err.Error(), "needs its affix file")

	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("ok\nnot ok here\n"), 0o644))
	_, err = LoadFile(bad)
	assert.EqualError(t, err, bad+":2: want a word and an optional count, got 3 fields")
}

func FuzzReadWordList(f *testing.F) {
	f.Add("alpha 1\nbeta # c\n")
	f.Add("\ufeff# x\nC# 3\n")
	f.Add("a\x00b\n\xff")
	f.Fuzz(func(t *testing.T, in string) {
		wl, err := ReadWordList(strings.NewReader(in), "f")
		if err != nil {
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			return
		}
		for w := range wl.All() {
			require.NoError(t, checkWord(w))
			require.NotContains(t, w, " ")
		}
	})
}

func FuzzReadHunspell(f *testing.F) {
	aff, err := os.ReadFile(filepath.Join("testdata", "newsroom.aff"))
	require.NoError(f, err)
	dic, err := os.ReadFile(filepath.Join("testdata", "newsroom.dic"))
	require.NoError(f, err)
	f.Add(string(aff), string(dic))
	f.Add("FLAG long\nSFX Aa Y 1\nSFX Aa y ies [^aeiou]y\n", "1\nfly/Aa\n")
	f.Add("AF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\n", "1\npen/1\n")
	f.Fuzz(func(t *testing.T, aff, dic string) {
		wl, err := ReadHunspell(strings.NewReader(dic), strings.NewReader(aff), "f.dic")
		if err != nil {
			return
		}
		for w := range wl.All() {
			require.True(t, len(w) > 0)
		}
	})
}
