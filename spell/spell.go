// Package spell corrects typos in English text with a dictionary, an error
// model and the context of each word, and leaves names and correct words
// alone.
//
// STUB: the API below is the contract; the corrector is being implemented
// (issue 6).
package spell

import (
	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/edit"
)

// Options configures a Corrector. The zero value means the documented
// defaults.
type Options struct {
	// MinConfidence is the smallest confidence at which a word is changed.
	MinConfidence float64 `toml:"min_confidence" comment:"smallest confidence (0..1) at which a word is changed"`
	// Dictionaries are user dictionaries, loaded by the pipeline.
	Dictionaries []string `toml:"dictionaries" comment:"user dictionaries"`
}

// DefaultOptions returns the defaults spelled out.
func DefaultOptions() Options { return Options{MinConfidence: 0.5} }

// A Corrector corrects text. It is safe for concurrent use.
type Corrector struct {
	lex  *dict.Lexicon
	opts Options
}

// New returns a Corrector over lex.
func New(lex *dict.Lexicon, opts Options) (*Corrector, error) {
	return &Corrector{lex: lex, opts: opts}, nil
}

// Correct corrects text and reports every change and every unresolved
// suspect.
func (c *Corrector) Correct(text string) (string, []edit.Edit) { return text, nil }
