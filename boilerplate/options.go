package boilerplate

import (
	"fmt"
	"regexp"
	"strings"
)

// Options configures a Remover. The zero value means the documented
// defaults, so New(Options{}) behaves exactly as New(DefaultOptions()).
type Options struct {
	// Mode is "article" (the default; "" means "article") for article text,
	// or "page" for text extracted from whole web pages, which adds the
	// line classifier that drops menus, link lists and footers.
	Mode string `toml:"mode" comment:"\"article\" (default) or \"page\" for whole-page text (menus, link lists, footers)"`

	// Disable lists built-in rules or rule sets to switch off, by name
	// (see Rules and RuleSets), for example ["credit", "readmore"].
	Disable []string `toml:"disable" comment:"built-in rule sets or rules to switch off, e.g. [\"credit\", \"share-line\"]"`

	// Phrases are extra junk phrases, matched case-insensitively on word
	// boundaries; each match is removed (the whole line when nothing else
	// is left on it).
	Phrases []string `toml:"phrases" comment:"extra junk phrases (case-insensitive); each occurrence is removed"`

	// Patterns are extra junk patterns in RE2 syntax; each match is
	// removed (the whole line when nothing else is left on it).
	Patterns []string `toml:"patterns" comment:"extra junk patterns (RE2 syntax); each match is removed"`

	// Allow lists RE2 patterns protecting lines: a line with a match is
	// never changed by this stage.
	Allow []string `toml:"allow" comment:"RE2 patterns; a line containing a match is never changed"`

	// MaxRemoved is the largest fraction of a document the stage may
	// remove; when a document would lose more, it is kept whole and a
	// warning is reported (and Result.Meta is empty: metadata is
	// reported only for tokens removed). 0 means the default: 0.5 in article mode, 0.95
	// in page mode (whole pages are mostly junk).
	MaxRemoved float64 `toml:"max_removed" comment:"largest fraction of a document that may be removed; 0 means the mode's default: 0.5 for article, 0.95 for page"`

	// Profile is the path of a learned profile (see Learner). The root
	// package reads it; the stage itself does no I/O.
	Profile string `toml:"profile" comment:"path of a learned boilerplate profile (copyedit learn -o PATH)"`

	// MinDocs is the number of documents of one source that must contain
	// a segment before learning counts it as boilerplate. Default 3.
	MinDocs int `toml:"min_docs" comment:"learning: documents of one source that must share a segment (default 3)"`

	// MinShare is the fraction of a source's documents that must contain
	// a segment before learning counts it as boilerplate. Default 0.05.
	MinShare float64 `toml:"min_share" comment:"learning: fraction of a source's documents that must share a segment (default 0.05)"`

	// MinSegment is the shortest normalised segment, in bytes, that
	// learning considers. Default 20.
	MinSegment int `toml:"min_segment" comment:"learning: shortest segment considered, in bytes after normalising (default 20)"`

	// MaxSources is the largest number of distinct sources a segment may
	// appear in and still be learned as boilerplate: text shared across
	// outlets is usually quoted content, not junk. Default 1.
	MaxSources int `toml:"max_sources" comment:"learning: a segment seen in more sources than this is content, not junk (default 1)"`

	// LearnedProfile is a profile given directly (the root sets it after
	// reading Profile). It is not part of the configuration file.
	LearnedProfile *Profile `toml:"-"`
}

// Modes.
const (
	ModeArticle = "article"
	ModePage    = "page"
)

// DefaultOptions returns the defaults spelled out.
func DefaultOptions() Options {
	return Options{
		Mode:       ModeArticle,
		MinDocs:    3,
		MinShare:   0.05,
		MinSegment: 20,
		MaxSources: 1,
	}
}

// withDefaults fills zero fields with their defaults.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Mode == "" {
		o.Mode = d.Mode
	}
	if o.MaxRemoved == 0 {
		o.MaxRemoved = 0.5
		if o.Mode == ModePage {
			o.MaxRemoved = 0.95
		}
	}
	if o.MinDocs == 0 {
		o.MinDocs = d.MinDocs
	}
	if o.MinShare == 0 {
		o.MinShare = d.MinShare
	}
	if o.MinSegment == 0 {
		o.MinSegment = d.MinSegment
	}
	if o.MaxSources == 0 {
		o.MaxSources = d.MaxSources
	}
	return o
}

// An OptionError reports an invalid option. Key returns its TOML key.
type OptionError struct {
	key string
	msg string
	err error
}

// Error implements error.
func (e *OptionError) Error() string { return "boilerplate: " + e.key + ": " + e.msg }

// Key returns the TOML key of the offending option.
func (e *OptionError) Key() string { return e.key }

// Unwrap returns the underlying error, if any.
func (e *OptionError) Unwrap() error { return e.err }

func optErr(key string, err error, format string, args ...any) *OptionError {
	return &OptionError{key: key, msg: fmt.Sprintf(format, args...), err: err}
}

// compiled holds the validated, compiled form of Options.
type compiled struct {
	opts     Options
	disabled map[string]bool // rule names switched off
	phrases  *regexp.Regexp  // nil when none
	patterns []*regexp.Regexp
	allow    []*regexp.Regexp
}

func compile(o Options) (*compiled, error) {
	o = o.withDefaults()
	c := &compiled{opts: o, disabled: map[string]bool{}}
	switch o.Mode {
	case ModeArticle, ModePage:
	default:
		return nil, optErr("mode", nil, "unknown value %q (want %q or %q)", o.Mode, ModeArticle, ModePage)
	}
	if o.MaxRemoved < 0 || o.MaxRemoved > 1 {
		return nil, optErr("max_removed", nil, "%v is out of range (want a fraction in (0, 1])", o.MaxRemoved)
	}
	if o.MinDocs < 1 {
		return nil, optErr("min_docs", nil, "%d is out of range (want at least 1)", o.MinDocs)
	}
	if o.MinShare < 0 || o.MinShare > 1 {
		return nil, optErr("min_share", nil, "%v is out of range (want a fraction in [0, 1])", o.MinShare)
	}
	if o.MinSegment < 1 {
		return nil, optErr("min_segment", nil, "%d is out of range (want at least 1)", o.MinSegment)
	}
	if o.MaxSources < 1 {
		return nil, optErr("max_sources", nil, "%d is out of range (want at least 1)", o.MaxSources)
	}
	for _, name := range o.Disable {
		names, ok := ruleNames(name)
		if !ok {
			return nil, optErr("disable", nil, "unknown rule or rule set %q (see the boilerplate README for the list)", name)
		}
		for _, n := range names {
			c.disabled[n] = true
		}
	}
	if len(o.Phrases) > 0 {
		var alts []string
		for _, p := range o.Phrases {
			p = strings.TrimSpace(p)
			if p == "" {
				return nil, optErr("phrases", nil, "empty phrase")
			}
			alts = append(alts, regexp.QuoteMeta(p))
		}
		re, err := regexp.Compile(`(?i)(?:^|\b)(?:` + strings.Join(alts, "|") + `)(?:\b|$)`)
		if err != nil {
			return nil, optErr("phrases", err, "%v", err)
		}
		c.phrases = re
	}
	for _, p := range o.Patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, optErr("patterns", err, "bad pattern %q: %v", p, err)
		}
		c.patterns = append(c.patterns, re)
	}
	for _, p := range o.Allow {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, optErr("allow", err, "bad pattern %q: %v", p, err)
		}
		c.allow = append(c.allow, re)
	}
	return c, nil
}
