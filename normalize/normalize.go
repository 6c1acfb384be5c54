// Package normalize repairs Unicode damage in text: mojibake, HTML entities,
// control and invisible characters, odd spaces and line breaks, full-width
// forms, ligatures, and quotes and dashes in many styles.
//
// STUB: the API below is the contract; the fixers are being implemented
// (issue 4).
package normalize

import (
	"golang.org/x/text/transform"

	"github.com/copyedit/copyedit/edit"
)

// Options selects the fixers. The zero value means the documented defaults.
type Options struct {
	// Quotes is "ascii" (default), "curly" or "keep".
	Quotes string `toml:"quotes" comment:"quotes and apostrophes: \"ascii\", \"curly\" or \"keep\""`
}

// DefaultOptions returns the defaults spelled out.
func DefaultOptions() Options { return Options{Quotes: "ascii"} }

// A Normalizer applies the configured fixers. It is safe for concurrent use.
type Normalizer struct{ opts Options }

// New returns a Normalizer for opts.
func New(opts Options) (*Normalizer, error) { return &Normalizer{opts: opts}, nil }

// String normalises s and reports every change.
func (n *Normalizer) String(s string) (string, []edit.Edit) { return s, nil }

// Transformer returns a streaming transformer applying the same fixers.
func (n *Normalizer) Transformer() transform.Transformer { return transform.Nop }

// String normalises s with the default options.
func String(s string) string { return s }
