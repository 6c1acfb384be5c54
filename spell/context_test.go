package spell

import (
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeModel favours one word through Extra, answers one pair through
// Assoc, and records the windows it is shown.
type fakeModel struct {
	favour string
	pair   [2]string
	assoc  float64

	mu      sync.Mutex
	windows [][6]string
	asked   [][2]string
}

func (m *fakeModel) Assoc(a, b string) (float64, bool) {
	m.mu.Lock()
	m.asked = append(m.asked, [2]string{a, b})
	m.mu.Unlock()
	if [2]string{a, b} == m.pair {
		return m.assoc, true
	}
	return 0, false
}

func (m *fakeModel) Extra(l2, l1, first, last, r1, r2 string) float64 {
	m.mu.Lock()
	m.windows = append(m.windows, [6]string{l2, l1, first, last, r1, r2})
	m.mu.Unlock()
	if first == m.favour {
		return 20
	}
	return 0
}

func TestNewWithContextNil(t *testing.T) {
	lex := englishLexicon(t)
	c, err := NewWithContext(lex, Options{}, nil)
	require.NoError(t, err)
	b, err := os.ReadFile("testdata/clean_news.txt")
	require.NoError(t, err)
	text := string(b) + "\n\nWe will go thorugh the goverment papers untill noon, teh minister said."
	want, wantEdits := corrector(t).Correct(text)
	got, gotEdits := c.Correct(text)
	assert.Equal(t, want, got)
	assert.Equal(t, wantEdits, gotEdits)

	_, err = NewWithContext(nil, Options{}, nil)
	assert.Error(t, err)
	_, err = NewWithContext(lex, Options{Locale: "fr"}, nil)
	assert.Error(t, err)
}

func TestContextModelWindow(t *testing.T) {
	m := &fakeModel{favour: "thorough"}
	c, err := NewWithContext(englishLexicon(t), Options{}, m)
	require.NoError(t, err)
	check(t, corrector(t), "We will go thorugh the door today.", "We will go through the door today.")
	check(t, c, "We will go thorugh the door today.", "We will go thorough the door today.")
	assert.Contains(t, m.windows, [6]string{"will", "go", "through", "through", "the", "door"})
	// No second word across punctuation or at the text's edge.
	m.windows = nil
	check(t, c, "Go thorugh, then.", "Go thorough, then.")
	for _, w := range m.windows {
		assert.Equal(t, [6]string{"", "go", w[2], w[3], "", ""}, w)
	}
}

func TestContextModelAssoc(t *testing.T) {
	// The model is asked only for pairs the bigram list lacks, and its
	// answer is bounded as the corrector's own association.
	m := &fakeModel{pair: [2]string{"go", "through"}, assoc: 100}
	c, err := NewWithContext(englishLexicon(t), Options{}, m)
	require.NoError(t, err)
	lex := englishLexicon(t)
	require.NotZero(t, lex.Bigram("go", "through"), "the list has the pair")
	c.init()
	assert.Equal(t, corrector(t).assoc("go", "through"), c.assoc("go", "through"))
	assert.Empty(t, m.asked)
	m.pair = [2]string{"go", "thorough"}
	require.Zero(t, lex.Bigram("go", "thorough"))
	assert.Equal(t, maxAssoc, c.assoc("go", "thorough"))
	assert.Equal(t, [][2]string{{"go", "thorough"}}, m.asked)
}
