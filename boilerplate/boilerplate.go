// Package boilerplate removes boilerplate from plain-text articles:
// metadata tokens, known junk lines and spans, segments learned from a
// corpus, and whole-page junk.
//
// STUB: the API below is the contract; the rules are being implemented
// (issue 5).
package boilerplate

import "github.com/copyedit/copyedit/edit"

// Options configures a Remover. The zero value means the documented defaults.
type Options struct {
	// MaxRemoved is the largest fraction of a document the stage may remove.
	MaxRemoved float64 `toml:"max_removed" comment:"largest fraction of a document that may be removed"`
}

// DefaultOptions returns the defaults spelled out.
func DefaultOptions() Options { return Options{MaxRemoved: 0.5} }

// Result is the outcome of cleaning one document.
type Result struct {
	Text     string            // the cleaned text
	Meta     map[string]string // metadata found, such as "date"
	Edits    []edit.Edit       // every removal
	Warnings []string          // e.g. a removal refused by MaxRemoved
}

// A Remover removes boilerplate. It is safe for concurrent use.
type Remover struct{ opts Options }

// New returns a Remover for opts.
func New(opts Options) (*Remover, error) { return &Remover{opts: opts}, nil }

// Clean removes boilerplate from text.
func (r *Remover) Clean(text string) Result { return Result{Text: text} }
