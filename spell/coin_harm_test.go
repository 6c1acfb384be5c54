package spell

import (
	"iter"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hidden is a lexicon with some of its words taken out: a stand-in for a
// lexicon that lags behind the language.
type hidden struct {
	lexicon
	out map[string]bool
}

func (h hidden) Count(w string) uint64 {
	if h.out[w] {
		return 0
	}
	return h.lexicon.Count(w)
}

func (h hidden) Known(w string) bool {
	return !h.out[strings.ToLower(w)] && h.lexicon.Known(w)
}

func (h hidden) All() iter.Seq2[string, uint64] {
	return func(yield func(string, uint64) bool) {
		for w, n := range h.lexicon.All() {
			if !h.out[w] && !yield(w, n) {
				return
			}
		}
	}
}

// heldOutMaxCount bounds the count of the words the harm tests hide: a
// word the lexicon lacks is a rare one.
const heldOutMaxCount = 500_000

// rareWord reports whether w is a lower-case ASCII word of five letters or
// more with a count below heldOutMaxCount.
func rareWord(lex lexicon, w string) bool {
	n := lex.Count(w)
	return len(w) >= 5 && n > 0 && n < heldOutMaxCount && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == ""
}

// TestCoinageHeldOut measures what weighing coinages costs real words: it
// hides one in seven rare words of the lexicon, then weighs each hidden
// word that reads as a coinage, without context. At most 1% may be
// changed (measured: 27 of 4,865).
func TestCoinageHeldOut(t *testing.T) {
	full := englishLexicon(t)
	out := map[string]bool{}
	i := 0
	for w := range full.All() {
		if rareWord(full, w) {
			if i++; i%7 == 0 {
				out[w] = true
			}
		}
	}
	c, err := newCorrector(hidden{full, out}, Options{})
	require.NoError(t, err)
	c.init()
	sc := c.getScratch()
	defer c.putScratch(sc)
	coined, changed, reported := 0, 0, 0
	for w := range out {
		r, ok := c.coinage(w)
		if !ok {
			continue
		}
		coined++
		cs, conf, change := c.weighCoinage(w, r, neighbours{}, c.minConf, sc)
		switch {
		case change:
			changed++
			t.Logf("changed %s -> %s (%.2f)", w, cs[0].text, conf)
		case conf >= coinFlagConfidence:
			reported++
		}
	}
	t.Logf("%d words held out, %d read as coinages: %d changed, %d reported", len(out), coined, changed, reported)
	require.Greater(t, coined, 1000)
	assert.LessOrEqual(t, changed*100, coined, "more than 1% of held-out coinages changed")
}

// TestCoinageHiddenInContext hides from the lexicon every rare word that
// the clean news texts use (testdata/clean_news.txt and, when present, the
// gold bodies of the news benchmark) and corrects the texts: at most 2% of
// the hidden words' tokens that read as coinages may be changed (measured
// on both texts: 5 of 394).
func TestCoinageHiddenInContext(t *testing.T) {
	full := englishLexicon(t)
	texts := newsTexts(t)
	out := map[string]bool{}
	for _, text := range texts {
		for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if rareWord(full, f) {
				out[f] = true
			}
		}
	}
	c, err := newCorrector(hidden{full, out}, Options{})
	require.NoError(t, err)
	coined, changed := 0, 0
	for _, text := range texts {
		for _, tok := range tokenize(text, nil) {
			if w := text[tok.start:tok.end]; out[w] {
				if _, ok := c.coinage(w); ok {
					coined++
				}
			}
		}
		_, edits := c.Correct(text)
		for _, e := range edits {
			if _, ok := c.coinage(e.Before); ok && out[e.Before] && !e.Suspect {
				changed++
				t.Logf("changed %s -> %s (%.2f)", e.Before, e.After, e.Confidence)
			}
		}
	}
	t.Logf("%d rare words hidden, %d tokens read as coinages, %d changed", len(out), coined, changed)
	require.Greater(t, coined, 10)
	assert.LessOrEqual(t, changed*50, coined, "more than 2% of hidden coinages changed")
}
