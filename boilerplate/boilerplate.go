// Package boilerplate removes boilerplate from plain-text articles:
// metadata tokens, known junk lines and spans, segments learned from a
// corpus, and whole-page junk.
//
// STUB: the API below is the contract; the rules are being implemented
// (issue 5).
package boilerplate

import (
	"io"

	"github.com/copyedit/copyedit/edit"
)

// Options configures a Remover. The zero value means the documented defaults.
type Options struct {
	// MaxRemoved is the largest fraction of a document the stage may remove.
	MaxRemoved float64 `toml:"max_removed" comment:"largest fraction of a document that may be removed"`
	// Profile is the path of a learned profile, read by the root package.
	Profile string `toml:"profile" comment:"path of a learned boilerplate profile"`
	// LearnedProfile is a profile given directly.
	LearnedProfile *Profile `toml:"-"`
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

// CleanSource removes boilerplate from text of the given source.
func (r *Remover) CleanSource(source, text string) Result { return r.Clean(text) }

// WithProfile returns a Remover that also removes what p learned.
func (r *Remover) WithProfile(p *Profile) *Remover { return r }

// A Profile holds boilerplate learned from a corpus.
type Profile struct{}

// WriteTo writes p in its binary form.
func (p *Profile) WriteTo(w io.Writer) (int64, error) { return 0, nil }

// ReadProfile reads a profile written by WriteTo.
func ReadProfile(r io.Reader) (*Profile, error) { return &Profile{}, nil }

// A Learner counts segments across a corpus.
type Learner struct{}

// NewLearner returns a Learner with opts' thresholds.
func NewLearner(opts Options) *Learner { return &Learner{} }

// Add counts one document of source.
func (l *Learner) Add(source, text string) {}

// Profile returns what was learned.
func (l *Learner) Profile() *Profile { return &Profile{} }
