package spell

import (
	"fmt"
	"math"
	"strings"
)

// Options configures a Corrector. The zero value means the documented
// defaults, so New(lex, Options{}) behaves exactly as
// New(lex, DefaultOptions()).
//
// Dictionaries is not read by this package: stages do no file I/O. The root
// pipeline loads each file with dict.LoadFile, merges it over the built-in
// lexicon with Lexicon.With, and passes the result to New.
type Options struct {
	// Engine chooses how candidates are found: "builtin" (or ""), a
	// symmetric-delete index over the lexicon, or "fuzzy",
	// github.com/sajari/fuzzy, kept as the baseline engine.
	Engine string `toml:"engine" comment:"candidate engine: \"builtin\" (symmetric-delete index) or \"fuzzy\" (github.com/sajari/fuzzy, slow to build)"`
	// MinConfidence is the smallest confidence, in (0, 1], at which a word is
	// changed; below it the word is reported as a suspect. 0 means 0.5.
	MinConfidence float64 `toml:"min_confidence" comment:"smallest confidence (0..1) at which a word is changed; 0 means 0.5"`
	// RealWords also corrects real-word errors: known words that their
	// neighbours say are slips for a word one edit away ("has own" for "his
	// own"), where the bigram evidence outweighs the odds against a slip
	// (one in 500 words). Spelling variants, contractions and inflections
	// of the same word are never proposed. Off by default: it slows the
	// stage about threefold.
	RealWords bool `toml:"real_words" comment:"also correct real-word errors (has own -> his own) where the bigrams outweigh the odds against a slip; about 3x slower"`
	// Locale converts US/UK spelling variants: "" keeps both, "en-GB" or
	// "en-US" converts to that spelling.
	Locale string `toml:"locale" comment:"convert spelling variants: \"\" keeps both, \"en-GB\" or \"en-US\""`
	// Ignore lists words never touched, matched case-insensitively.
	Ignore []string `toml:"ignore" comment:"words never touched (case-insensitive)"`
	// Dictionaries lists user word lists. They are loaded by the root
	// pipeline (dict.LoadFile, merged with Lexicon.With) before New is
	// called; this package only carries the setting.
	Dictionaries []string `toml:"dictionaries" comment:"extra word lists, or hunspell .dic files with their .aff beside them, merged over the built-in lexicon"`
	// Doubled handles repeated words ("to to"): "fix" (or "") removes the
	// repeat unless the pair is a legitimate one ("had had"), "off" leaves it.
	Doubled string `toml:"doubled" comment:"repeated words like \"to to\": \"fix\" or \"off\""`
	// Spaces handles space errors: "fix" (or "") splits run-together words
	// ("inthe") and joins broken ones ("gover nment"), "off" leaves them as
	// written and reports them (a suspect whose first candidate is the split
	// or join), never replacing them by another single word.
	Spaces string `toml:"spaces" comment:"run-together and broken words (inthe, gover nment): \"fix\" or \"off\""`
}

// DefaultMinConfidence is the confidence threshold used when
// Options.MinConfidence is 0.
const DefaultMinConfidence = 0.5

// DefaultOptions returns the defaults spelled out.
func DefaultOptions() Options {
	return Options{
		Engine:        "builtin",
		MinConfidence: DefaultMinConfidence,
		Doubled:       "fix",
		Spaces:        "fix",
	}
}

// An OptionError reports an invalid option.
type OptionError struct {
	key string
	msg string
}

// Key returns the TOML key of the invalid option.
func (e *OptionError) Key() string { return e.key }

func (e *OptionError) Error() string { return "spell: " + e.key + ": " + e.msg }

func enumError(key, got string, want string) error {
	return &OptionError{key, fmt.Sprintf("unknown value %q (want %s)", got, want)}
}

// Validate reports the first invalid option as an *OptionError, or nil.
// It is what New checks, without needing a lexicon, so a pipeline can
// validate its configuration before it loads anything.
func (o Options) Validate() error {
	_, err := o.normalized()
	return err
}

// normalized validates o and fills in the defaults.
func (o Options) normalized() (Options, error) {
	switch o.Engine {
	case "", "builtin":
		o.Engine = "builtin"
	case "fuzzy":
	default:
		return o, enumError("engine", o.Engine, `"builtin" or "fuzzy"`)
	}
	switch {
	case o.MinConfidence == 0:
		o.MinConfidence = DefaultMinConfidence
	case math.IsNaN(o.MinConfidence) || o.MinConfidence < 0 || o.MinConfidence > 1:
		return o, &OptionError{"min_confidence", fmt.Sprintf("%v is out of range (want 0..1)", o.MinConfidence)}
	}
	// Language tags are case-insensitive ("en-gb"); POSIX locales write
	// an underscore ("en_GB").
	switch strings.ToLower(strings.ReplaceAll(o.Locale, "_", "-")) {
	case "":
	case "en-gb":
		o.Locale = "en-GB"
	case "en-us":
		o.Locale = "en-US"
	default:
		return o, enumError("locale", o.Locale, `"", "en-GB" or "en-US"`)
	}
	switch o.Doubled {
	case "", "fix":
		o.Doubled = "fix"
	case "off":
	default:
		return o, enumError("doubled", o.Doubled, `"fix" or "off"`)
	}
	switch o.Spaces {
	case "", "fix":
		o.Spaces = "fix"
	case "off":
	default:
		return o, enumError("spaces", o.Spaces, `"fix" or "off"`)
	}
	return o, nil
}
