package spell

import (
	"errors"

	"github.com/copyedit/copyedit/dict"
)

// A ContextModel is a language model the corrector consults for the
// context its lexicon's bigram counts do not give. The default corrector has
// none; the seam exists to measure richer models against the bigram list
// (dict/internal/sphinxexp measures pocketsphinx's trigram model through
// it, see README.md). Scores are natural logarithms on the scale of the
// corrector's association: 0 is no evidence, a positive value says the
// words go together more often than their frequencies predict.
//
// The corrector calls a ContextModel from many goroutines at once.
type ContextModel interface {
	// Assoc returns the association of the adjacent lower-case words a
	// and b, both in the lexicon, whose pair the bigram list lacks, and
	// whether the model has anything to say. The corrector bounds it as
	// its own association.
	Assoc(a, b string) (float64, bool)
	// Extra returns a term added to the score of a candidate for a
	// non-word whose first and last words are first and last, given up
	// to two lower-case words either side ("" where there is none):
	// evidence beyond adjacent pairs, such as trigrams.
	Extra(left2, left1, first, last, right1, right2 string) float64
}

// NewWithContext is New with a ContextModel consulted where the bigram list
// is silent. A nil model gives the same corrector as New.
func NewWithContext(lex *dict.Lexicon, opts Options, m ContextModel) (*Corrector, error) {
	if lex == nil {
		return nil, errors.New("spell: nil lexicon")
	}
	c, err := newCorrector(lex, opts)
	if err != nil {
		return nil, err
	}
	c.model = m
	return c, nil
}

// modelExtra adds the ContextModel's Extra term to the score of each choice
// for the suspect toks[i], given its neighbours nb and the words beyond
// them, and sorts the choices again.
func (c *Corrector) modelExtra(text string, toks []token, st []status, fixed []string, i int, nb neighbours, cs []choice) {
	var left2, right2 string
	if nb.left != "" {
		left2 = c.word(text, toks, st, fixed, i-2, i-1)
	}
	if nb.right != "" {
		right2 = c.word(text, toks, st, fixed, i+2, i+2)
	}
	for k := range cs {
		ch := &cs[k]
		ch.score += ctxWeight * c.model.Extra(left2, nb.left, ch.first, ch.last, nb.right, right2)
	}
	sortChoices(cs)
}
