package normalize

import (
	"fmt"
	"strings"
)

// Options selects the fixers and their styles. Every field is a string enum
// whose empty value means "let the preset decide", and with no preset, the
// documented default. So the zero Options is the news defaults, and a key set
// beside a preset overrides that preset.
//
// Decode configuration into a zero Options, not into DefaultOptions: a key
// spelled out with its default value counts as set and overrides a preset.
type Options struct {
	// Preset is "" (the news defaults) or "ftfy" (python-ftfy 6's fix_text
	// defaults). Keys set beside a preset override it.
	Preset string `toml:"preset" comment:"base settings: \"\" (news defaults) or \"ftfy\" (python-ftfy 6 fix_text); keys set here override it"`

	// Mojibake repairs UTF-8 that was decoded in a legacy single-byte
	// encoding, once or several times over: "on" (default) or "off".
	Mojibake string `toml:"mojibake" comment:"repair UTF-8 mis-decoded as Windows-1252, Latin-1, MacRoman, ...: \"on\" or \"off\""`
	// Entities decodes HTML character references that end in ';': "auto"
	// (default: not on lines that contain '<'), "on" or "off".
	Entities string `toml:"entities" comment:"decode HTML entities like &amp; and &#8217;: \"auto\" (not on lines with '<'), \"on\" or \"off\""`
	// Controls repairs C1 controls as Windows-1252 and removes other control
	// characters and ANSI terminal escapes (tab and newline kept): "on" or
	// "off".
	Controls string `toml:"controls" comment:"repair C1 controls as Windows-1252, drop other controls and ANSI escapes: \"on\" or \"off\""`
	// Invisibles removes zero-width spaces, word joiners, soft hyphens and
	// stray joiners and selectors outside emoji: "on" or "off".
	Invisibles string `toml:"invisibles" comment:"remove zero-width spaces, word joiners, soft hyphens (emoji sequences kept): \"on\" or \"off\""`
	// Spaces turns every Unicode space (NBSP, thin, ideographic, ...) into
	// U+0020: "on" or "off".
	Spaces string `toml:"spaces" comment:"turn NBSP, thin and other Unicode spaces into plain spaces: \"on\" or \"off\""`
	// LineBreaks turns CRLF, CR, U+2028, U+2029 and NEL into "\n": "on" or
	// "off".
	LineBreaks string `toml:"line_breaks" comment:"turn CRLF, CR, U+2028, U+2029 and NEL into \\n: \"on\" or \"off\""`
	// TrailingSpaces trims spaces and tabs at the end of lines: "on" or "off".
	TrailingSpaces string `toml:"trailing_spaces" comment:"trim spaces and tabs at line ends: \"on\" or \"off\""`
	// SpaceRuns collapses runs of spaces inside a line to one (indentation is
	// kept): "on" or "off".
	SpaceRuns string `toml:"space_runs" comment:"collapse runs of spaces inside lines (indentation kept): \"on\" or \"off\""`
	// BlankLines collapses runs of blank lines to one: "on" or "off".
	BlankLines string `toml:"blank_lines" comment:"collapse runs of blank lines to one: \"on\" or \"off\""`
	// Width folds full-width ASCII forms to ASCII and half-width forms to
	// their usual width: "on" or "off".
	Width string `toml:"width" comment:"fold full-width ASCII (ＡＢＣ１２３) to ASCII: \"on\" or \"off\""`
	// Ligatures splits Latin ligatures such as "ﬁ" into letters: "on" or "off".
	Ligatures string `toml:"ligatures" comment:"split Latin ligatures (ﬁ ﬂ ĳ ǆ) into letters: \"on\" or \"off\""`
	// NormalForm is the Unicode normal form of the output: "NFC" (default),
	// "NFKC" or "none".
	NormalForm string `toml:"normal_form" comment:"Unicode normal form: \"NFC\", \"NFKC\" (changes 10³ to 103) or \"none\""`
	// Quotes is the style of quotes and apostrophes: "ascii" (default),
	// "curly" or "keep".
	Quotes string `toml:"quotes" comment:"quotes and apostrophes: \"ascii\", \"curly\" or \"keep\""`
	// Dashes is "keep" (default) or "ascii" (figure, en and em dashes, the
	// horizontal bar and the minus sign become '-').
	Dashes string `toml:"dashes" comment:"dashes and the minus sign: \"keep\" or \"ascii\" (to -)"`
	// Ellipsis is "keep" (default) or "ascii" ('…' becomes "...").
	Ellipsis string `toml:"ellipsis" comment:"the ellipsis character: \"keep\" or \"ascii\" (to ...)"`
	// Transliterate rewrites letters and symbols to ASCII (café to cafe):
	// "off" (default) or "on". Characters with no ASCII form are kept.
	Transliterate string `toml:"transliterate" comment:"rewrite text as ASCII (café to cafe): \"off\" or \"on\""`
}

// DefaultOptions returns the news defaults spelled out. New(Options{})
// behaves exactly as New(DefaultOptions()).
func DefaultOptions() Options {
	return Options{
		Preset:         "",
		Mojibake:       "on",
		Entities:       "auto",
		Controls:       "on",
		Invisibles:     "on",
		Spaces:         "on",
		LineBreaks:     "on",
		TrailingSpaces: "on",
		SpaceRuns:      "on",
		BlankLines:     "on",
		Width:          "on",
		Ligatures:      "on",
		NormalForm:     "NFC",
		Quotes:         "ascii",
		Dashes:         "keep",
		Ellipsis:       "keep",
		Transliterate:  "off",
	}
}

// ftfyOptions mirrors python-ftfy 6's fix_text defaults.
func ftfyOptions() Options {
	return Options{
		Preset:         "ftfy",
		Mojibake:       "on",
		Entities:       "auto",
		Controls:       "on",
		Invisibles:     "off",
		Spaces:         "off",
		LineBreaks:     "on",
		TrailingSpaces: "off",
		SpaceRuns:      "off",
		BlankLines:     "off",
		Width:          "on",
		Ligatures:      "on",
		NormalForm:     "NFC",
		Quotes:         "ascii",
		Dashes:         "keep",
		Ellipsis:       "keep",
		Transliterate:  "off",
	}
}

// An OptionError reports an invalid option value.
type OptionError struct {
	key   string
	Value string
	Want  []string
}

// Key returns the TOML key of the offending option, such as "quotes".
func (e *OptionError) Key() string { return e.key }

func (e *OptionError) Error() string {
	q := make([]string, len(e.Want))
	for i, w := range e.Want {
		q[i] = fmt.Sprintf("%q", w)
	}
	var want string
	switch len(q) {
	case 1:
		want = q[0]
	default:
		want = strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
	}
	return fmt.Sprintf("normalize: %s: unknown value %q (want %s)", e.key, e.Value, want)
}

// config is the resolved, validated form of Options.
type config struct {
	mojibake, controls, invisibles, spaces, lineBreaks bool
	trailing, spaceRuns, blankLines, width, ligatures  bool
	entities                                           int // entitiesAuto, entitiesOn, entitiesOff
	form                                               int // formNFC, formNFKC, formNone
	quotes                                             int // quotesASCII, quotesCurly, quotesKeep
	dashes, ellipsis, translit                         bool
	// ftfy narrows some fixers to exactly what python-ftfy does: quotes
	// "ascii" maps only U+02BC and U+2018–U+201F, and C1 controls with no
	// Windows-1252 meaning are kept.
	ftfy bool
}

// The values of config.entities, config.form and config.quotes, in the
// order the error messages list them.
const (
	entitiesAuto = iota
	entitiesOn
	entitiesOff
)

const (
	formNFC = iota
	formNFKC
	formNone
)

const (
	quotesASCII = iota
	quotesCurly
	quotesKeep
)

// resolve merges opts over its preset and validates every value.
func resolve(opts Options) (config, error) {
	var base Options
	switch opts.Preset {
	case "":
		base = DefaultOptions()
	case "ftfy":
		base = ftfyOptions()
	default:
		return config{}, &OptionError{key: "preset", Value: opts.Preset, Want: []string{"", "ftfy"}}
	}
	pick := func(v, def string) string {
		if v == "" {
			return def
		}
		return v
	}
	var c config
	var err error
	onOff := func(key, v, def string) bool {
		switch pick(v, def) {
		case "on":
			return true
		case "off":
			return false
		}
		if err == nil {
			err = &OptionError{key: key, Value: v, Want: []string{"on", "off"}}
		}
		return false
	}
	enum := func(key, v, def string, want ...string) int {
		v2 := pick(v, def)
		for i, w := range want {
			if v2 == w {
				return i
			}
		}
		if err == nil {
			err = &OptionError{key: key, Value: v, Want: want}
		}
		return 0
	}
	c.mojibake = onOff("mojibake", opts.Mojibake, base.Mojibake)
	c.entities = enum("entities", opts.Entities, base.Entities, "auto", "on", "off")
	c.controls = onOff("controls", opts.Controls, base.Controls)
	c.invisibles = onOff("invisibles", opts.Invisibles, base.Invisibles)
	c.spaces = onOff("spaces", opts.Spaces, base.Spaces)
	c.lineBreaks = onOff("line_breaks", opts.LineBreaks, base.LineBreaks)
	c.trailing = onOff("trailing_spaces", opts.TrailingSpaces, base.TrailingSpaces)
	c.spaceRuns = onOff("space_runs", opts.SpaceRuns, base.SpaceRuns)
	c.blankLines = onOff("blank_lines", opts.BlankLines, base.BlankLines)
	c.width = onOff("width", opts.Width, base.Width)
	c.ligatures = onOff("ligatures", opts.Ligatures, base.Ligatures)
	c.form = enum("normal_form", opts.NormalForm, base.NormalForm, "NFC", "NFKC", "none")
	c.quotes = enum("quotes", opts.Quotes, base.Quotes, "ascii", "curly", "keep")
	c.dashes = enum("dashes", opts.Dashes, base.Dashes, "keep", "ascii") == 1
	c.ellipsis = enum("ellipsis", opts.Ellipsis, base.Ellipsis, "keep", "ascii") == 1
	c.translit = onOff("transliterate", opts.Transliterate, base.Transliterate)
	c.ftfy = opts.Preset == "ftfy"
	if err != nil {
		return config{}, err
	}
	return c, nil
}
