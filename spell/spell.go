// Package spell corrects typos in English text with a dictionary, an error
// model and the context of each word, and leaves names and correct words
// alone.
//
// A Corrector finds the words the lexicon lacks, protects those that are
// probably right (names, acronyms, words the document repeats, addresses,
// code), and ranks the candidates for the rest with a noisy-channel model:
// how likely the slip is (the kind of edit, its place, keyboard distance)
// times how likely the word is (unigram counts, bigram counts with both
// neighbours, and, where a neighbour is a name or a number, the counts of
// its class). A word is changed only when the best candidate's confidence
// reaches Options.MinConfidence; otherwise it is reported as a suspect. It
// also removes doubled words ("to to"), splits run-together words ("inthe")
// and joins broken ones ("gover nment"), and can convert US/UK spellings.
//
// See README.md for the method, the options and the measured accuracy.
package spell

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/copyedit/copyedit/dict"
)

// Stage is the stage name recorded in every Edit.
const Stage = "spell"

// A Corrector corrects text. It is immutable and safe for concurrent use.
// The candidate index is built lazily, on the first word that needs it.
type Corrector struct {
	lex     lexicon
	elex    entryLexicon // lex, when it finds entries for bigrams; else nil
	opts    Options
	ignore  map[string]bool
	minConf float64

	model ContextModel // nil: the bigram list alone (see NewWithContext)

	once   sync.Once
	pool   sync.Pool // of *scratch
	vocab  *vocab
	search *searcher
	sounds soundIndex
	fuzzy  *fuzzyEngine
	// confusionTable memoizes the confusion sets of real_words by the
	// index of the word's entry (dict.Entry.Index), and confusions
	// (string → *confusion) those of words without one: at most one set
	// per lexicon word.
	confusionTable []atomic.Pointer[confusion]
	confusions     sync.Map
	// emptyConfusions has a bit set for each index of confusionTable
	// whose set is known to be empty.
	emptyConfusions []atomic.Uint64

	classOnce sync.Once
	classTab  *classCounts // bigram counts of words with names and numbers
}

// New returns a Corrector over lex with the given options. The lexicon
// should already include the user's dictionaries (see Options.Dictionaries).
func New(lex *dict.Lexicon, opts Options) (*Corrector, error) {
	if lex == nil {
		return nil, errors.New("spell: nil lexicon")
	}
	return newCorrector(lex, opts)
}

func newCorrector(lex lexicon, opts Options) (*Corrector, error) {
	o, err := opts.normalized()
	if err != nil {
		return nil, err
	}
	c := &Corrector{lex: lex, opts: o, minConf: o.MinConfidence, ignore: map[string]bool{}}
	c.elex, _ = lex.(entryLexicon)
	for _, w := range o.Ignore {
		c.ignore[strings.ToLower(w)] = true
	}
	return c, nil
}

// Options returns the options in force, with defaults filled in.
func (c *Corrector) Options() Options { return c.opts }

// Prepare builds the vocabulary, the candidate index and the context counts
// of names and numbers now rather than on first need. Long-running users
// call it to move the cost to start-up.
func (c *Corrector) Prepare() {
	c.init()
	c.classes()
	if c.search != nil {
		c.search.buildIndex()
	}
}

func (c *Corrector) init() {
	c.once.Do(func() {
		c.vocab = newVocab(c.lex)
		n := len(c.vocab.keys)
		c.pool.New = func() any { return newScratch(n) }
		if c.opts.RealWords && c.elex != nil {
			c.confusionTable = make([]atomic.Pointer[confusion], c.elex.Len())
			c.emptyConfusions = make([]atomic.Uint64, (c.elex.Len()+63)/64)
		}
		if c.opts.Engine == "fuzzy" {
			c.fuzzy = newFuzzyEngine(c.vocab)
		} else {
			c.search = newSearcher(c.vocab)
		}
	})
}

func (c *Corrector) getScratch() *scratch { return c.pool.Get().(*scratch) }

func (c *Corrector) putScratch(sc *scratch) { c.pool.Put(sc) }
