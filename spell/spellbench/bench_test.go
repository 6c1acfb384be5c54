package spellbench

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsers(t *testing.T) {
	ps, err := Norvig(strings.NewReader("through: thorugh thru\nthe: teh\n"))
	require.NoError(t, err)
	assert.Equal(t, []Pair{{"thorugh", []string{"through"}}, {"thru", []string{"through"}}, {"teh", []string{"the"}}}, ps)

	ps, err = Wikipedia(strings.NewReader("\ufeffachive->achieve, archive\nabilty->ability\n"))
	require.NoError(t, err)
	assert.Equal(t, []Pair{{"achive", []string{"achieve", "archive"}}, {"abilty", []string{"ability"}}}, ps)
	assert.True(t, ps[0].Hit("Archive"))
	assert.False(t, ps[0].Hit(""))

	ps, err = Birkbeck(strings.NewReader("$Los_Angeles\nLas_Angles\n$about\nabot\n"))
	require.NoError(t, err)
	assert.Equal(t, []Pair{{"Las Angles", []string{"Los Angeles"}}, {"abot", []string{"about"}}}, ps)

	_, err = Birkbeck(strings.NewReader("orphan\n"))
	assert.Error(t, err)
	_, err = Norvig(strings.NewReader("no colon\n"))
	assert.Error(t, err)
}

func TestSample(t *testing.T) {
	ps := make([]Pair, 10)
	for i := range ps {
		ps[i].Wrong = string(rune('a' + i))
	}
	assert.Len(t, Sample(ps, 0), 10)
	s := Sample(ps, 3)
	assert.Equal(t, []string{"a", "d", "g"}, []string{s[0].Wrong, s[1].Wrong, s[2].Wrong})
	assert.InDelta(t, 0.5, Accuracy([]Pair{{"x", []string{"y"}}, {"z", []string{"z"}}}, func(w string) string { return w }), 1e-9)
}
