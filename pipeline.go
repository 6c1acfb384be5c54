package copyedit

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copyedit/copyedit/boilerplate"
	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/normalize"
	"github.com/copyedit/copyedit/spell"
)

// A Stage cleans a document and reports every edit it made. Stages are
// pure: the same document gives the same result, and a Stage is safe for
// concurrent use.
type Stage interface {
	// Name returns the stage's name, such as "normalize".
	Name() string
	// Clean cleans doc. Edits carry byte offsets into doc.Text.
	Clean(ctx context.Context, doc Document) (StageResult, error)
}

// A StageResult is what one Stage returns for one document.
type StageResult struct {
	Text     string
	Meta     map[string]string // metadata found; merged over the document's
	Edits    []Edit
	Warnings []Warning
}

// A Warning is a note about a document that needs a reader's attention,
// such as invalid UTF-8 that was repaired or a removal that was refused.
type Warning struct {
	Stage   string // the stage that raised it, or "input"
	Line    int    // 1-based line in that stage's input; 0 if unknown
	Message string
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%d: %s", w.Line, w.Message)
	}
	return w.Message
}

// A Pipeline runs stages in order. Build it once with New; it is safe for
// concurrent use, and shared resources (the dictionary, the spell
// corrector's index) are loaded once, on first use.
type Pipeline struct {
	stages []Stage
	utf8   *normalize.Normalizer // repairs invalid UTF-8 only
}

// newUTF8Repairer returns a normalizer with every fixer off, which still
// repairs invalid UTF-8: CESU-8 surrogate pairs are joined and any other
// stray byte is read as Windows-1252, as scraped text almost always means.
func newUTF8Repairer() *normalize.Normalizer {
	off := "off"
	n, err := normalize.New(normalize.Options{
		Mojibake: off, Entities: off, Controls: off, Invisibles: off, Spaces: off,
		LineBreaks: off, TrailingSpaces: off, SpaceRuns: off, BlankLines: off,
		Width: off, Ligatures: off, NormalForm: "none", Quotes: "keep",
		Dashes: "keep", Ellipsis: "keep", Transliterate: off,
	})
	if err != nil {
		return nil // not reached: the options are valid; repairUTF8 falls back to U+FFFD
	}
	return n
}

// New builds a Pipeline from cfg. It validates every option of every
// configured stage; loading the dictionary is deferred to the first
// document that needs it.
func New(cfg Config) (*Pipeline, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if err := validateUnused(&cfg); err != nil {
		return nil, err
	}
	p := &Pipeline{utf8: newUTF8Repairer()}
	for _, name := range cfg.stages() {
		var (
			st  Stage
			err error
		)
		switch name {
		case StageNormalize:
			st, err = newNormalizeStage(&cfg)
		case StageBoilerplate:
			st, err = newBoilerplateStage(&cfg)
		case StageSpell:
			st, err = newSpellStage(&cfg)
		}
		if err != nil {
			return nil, err
		}
		p.stages = append(p.stages, st)
	}
	return p, nil
}

// validateUnused checks the options of the stages cfg does not run, so
// that a config is valid or not whatever stages a run picks.
func validateUnused(cfg *Config) error {
	used := map[string]bool{}
	for _, s := range cfg.stages() {
		used[s] = true
	}
	if !used[StageNormalize] {
		if _, err := normalize.New(cfg.Normalize); err != nil {
			return cfg.optionError(StageNormalize, err)
		}
	}
	if !used[StageBoilerplate] {
		if _, err := boilerplate.New(cfg.Boilerplate); err != nil {
			return cfg.optionError(StageBoilerplate, err)
		}
	}
	if !used[StageSpell] {
		if err := cfg.Spell.Validate(); err != nil {
			return cfg.optionError(StageSpell, err)
		}
	}
	return nil
}

// FromStages returns a Pipeline that runs the given stages in order. Use it
// to add stages of your own.
func FromStages(stages ...Stage) *Pipeline {
	return &Pipeline{stages: append([]Stage(nil), stages...), utf8: newUTF8Repairer()}
}

// Stages returns the names of the pipeline's stages, in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// suspectKey identifies a suspect across passes, whose offsets differ.
type suspectKey struct{ stage, rule, before string }

// maxPasses bounds how often Clean runs the stages over one document.
const maxPasses = 3

// Clean runs every stage over doc. When a stage changes text that an
// earlier stage has already passed (a spelling fix that turns a word into a
// boilerplate line, say), the stages run again over the result, up to
// three passes, so that cleaning the output again changes nothing; the
// edits of a later pass have offsets into that pass's input. Text that
// needs no change, or that only the first stage changes, takes one pass.
//
// Invalid UTF-8 in doc.Text is repaired (by the normalize stage when it
// runs first, else as RepairUTF8 does) and reported as a Warning, so the
// result is always valid UTF-8.
func (p *Pipeline) Clean(ctx context.Context, doc Document) (Result, error) {
	res := Result{Document: Document{Text: doc.Text, Meta: copyMeta(doc.Meta), Source: doc.Source}}
	if !utf8.ValidString(doc.Text) {
		res.Warnings = append(res.Warnings, invalidUTF8Warning(doc.Text))
		if len(p.stages) == 0 || p.stages[0].Name() != StageNormalize {
			text, edits := p.repairUTF8(doc.Text)
			res.Document.Text = text
			res.Edits = append(res.Edits, edits...)
		}
	}
	seen := map[Warning]bool{}
	suspects := map[suspectKey]int{} // suspects already reported, not yet seen again
	for pass := 0; pass < maxPasses; pass++ {
		if pass > 0 {
			clear(suspects)
			for _, e := range res.Edits {
				if e.Suspect {
					suspects[suspectKey{e.Stage, e.Rule, e.Before}]++
				}
			}
		}
		again := false
		for i, st := range p.stages {
			if err := ctx.Err(); err != nil {
				return Result{}, err
			}
			sr, err := st.Clean(ctx, res.Document)
			if err != nil {
				return Result{}, fmt.Errorf("%s: %w", st.Name(), err)
			}
			if sr.Text != res.Document.Text && i > 0 {
				// Text an earlier stage has not seen: run the pass again.
				again = true
			}
			res.Document.Text = sr.Text
			for k, v := range sr.Meta {
				if res.Document.Meta == nil {
					res.Document.Meta = map[string]string{}
				}
				res.Document.Meta[k] = v
			}
			for _, e := range sr.Edits {
				if e.Suspect {
					// A later pass sees the same suspects again; report
					// each occurrence once.
					if k := (suspectKey{e.Stage, e.Rule, e.Before}); suspects[k] > 0 {
						suspects[k]--
						continue
					}
				}
				res.Edits = append(res.Edits, e)
			}
			for _, w := range sr.Warnings {
				if !seen[w] {
					seen[w] = true
					res.Warnings = append(res.Warnings, w)
				}
			}
		}
		if !again {
			break
		}
	}
	if !utf8.ValidString(res.Document.Text) {
		// A stage broke its contract; never hand invalid UTF-8 on.
		text, edits := p.repairUTF8(res.Document.Text)
		res.Document.Text = text
		res.Edits = append(res.Edits, edits...)
	}
	return res, nil
}

// RepairUTF8 returns s with invalid UTF-8 repaired as Clean repairs it:
// each stray byte is read as Windows-1252 (0xE9 is 'é', 0x93 is '“'), and
// surrogates written as CESU-8 become the character they stand for.
func (p *Pipeline) RepairUTF8(s string) string {
	t, _ := p.repairUTF8(s)
	return t
}

func (p *Pipeline) repairUTF8(s string) (string, []Edit) {
	if utf8.ValidString(s) {
		return s, nil
	}
	if p.utf8 != nil {
		t, edits := p.utf8.String(s)
		if utf8.ValidString(t) {
			for i := range edits {
				edits[i].Stage, edits[i].Rule = "input", "invalid-utf8"
			}
			return t, edits
		}
	}
	return repairUTF8(s)
}

// CleanString cleans s and returns the cleaned text.
func (p *Pipeline) CleanString(ctx context.Context, s string) (string, error) {
	res, err := p.Clean(ctx, Document{Text: s})
	if err != nil {
		return "", err
	}
	return res.Document.Text, nil
}

// CleanReader reads one whole document from r, cleans it and writes the
// result to w. (Stages look at a document as a whole: the boilerplate stage
// at its edges, the spell corrector at the words it repeats. To stream many
// documents, clean them one at a time, as the CLI's -jsonl mode does.)
func (p *Pipeline) CleanReader(ctx context.Context, w io.Writer, r io.Reader) (Result, error) {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return Result{}, fmt.Errorf("read: %w", err)
	}
	res, err := p.Clean(ctx, Document{Text: buf.String()})
	if err != nil {
		return Result{}, err
	}
	if _, err := io.WriteString(w, res.Document.Text); err != nil {
		return Result{}, fmt.Errorf("write: %w", err)
	}
	return res, nil
}

func copyMeta(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// invalidUTF8Warning reports the lines of s that hold invalid UTF-8: the
// first as the warning's line, up to five more in its message.
func invalidUTF8Warning(s string) Warning {
	lines := invalidLines(s, 6)
	msg := "invalid UTF-8 repaired"
	if len(lines) > 1 {
		more := make([]string, 0, 5)
		for _, l := range lines[1:min(len(lines), 6)] {
			more = append(more, strconv.Itoa(l))
		}
		msg += " (also on line " + strings.Join(more, ", ")
		if len(lines) > 6 {
			msg += ", ..."
		}
		msg += ")"
	}
	return Warning{Stage: "input", Line: lines[0], Message: msg}
}

// invalidLines returns the 1-based numbers of the first max+1 lines that
// hold invalid UTF-8.
func invalidLines(s string, max int) []int {
	var lines []int
	line, last := 1, 0
	for i := 0; i < len(s) && len(lines) <= max; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			line++
		case r == utf8.RuneError && n == 1 && line != last:
			lines = append(lines, line)
			last = line
		}
		i += n
	}
	return lines
}

// repairUTF8 replaces each maximal run of invalid bytes with one U+FFFD.
func repairUTF8(s string) (string, []Edit) {
	var (
		b     strings.Builder
		edits []Edit
	)
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n != 1 {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j := i + 1
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r != utf8.RuneError || n != 1 {
				break
			}
			j++
		}
		edits = append(edits, Edit{Stage: "input", Rule: "invalid-utf8", Start: i, End: j, Before: s[i:j], After: "\uFFFD", Confidence: 1})
		b.WriteRune(utf8.RuneError)
		i = j
	}
	return b.String(), edits
}

// normalizeStage adapts package normalize.
type normalizeStage struct{ n *normalize.Normalizer }

func newNormalizeStage(cfg *Config) (Stage, error) {
	n, err := normalize.New(cfg.Normalize)
	if err != nil {
		return nil, cfg.optionError(StageNormalize, err)
	}
	return normalizeStage{n}, nil
}

func (normalizeStage) Name() string { return StageNormalize }

func (s normalizeStage) Clean(_ context.Context, doc Document) (StageResult, error) {
	text, edits := s.n.String(doc.Text)
	return StageResult{Text: text, Edits: edits}, nil
}

// boilerplateStage adapts package boilerplate.
type boilerplateStage struct{ r *boilerplate.Remover }

func newBoilerplateStage(cfg *Config) (Stage, error) {
	opts := cfg.Boilerplate
	if opts.LearnedProfile == nil && opts.Profile != "" {
		prof, err := readProfile(cfg.resolve(opts.Profile))
		if err != nil {
			return nil, cfg.errorAt([]string{StageBoilerplate, "profile"}, err)
		}
		opts.LearnedProfile = prof
	}
	r, err := boilerplate.New(opts)
	if err != nil {
		return nil, cfg.optionError(StageBoilerplate, err)
	}
	return boilerplateStage{r}, nil
}

func (boilerplateStage) Name() string { return StageBoilerplate }

func (s boilerplateStage) Clean(_ context.Context, doc Document) (StageResult, error) {
	r := s.r.CleanSource(doc.Source, doc.Text)
	sr := StageResult{Text: r.Text, Meta: r.Meta, Edits: r.Edits}
	for _, w := range r.Warnings {
		sr.Warnings = append(sr.Warnings, Warning{Stage: StageBoilerplate, Message: w})
	}
	return sr, nil
}

func readProfile(path string) (*boilerplate.Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := boilerplate.ReadProfile(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// spellStage adapts package spell. The dictionary and the corrector's index
// are built on first use, once.
type spellStage struct {
	cfg  *Config
	user []*dict.Wordlist
	once sync.Once
	c    *spell.Corrector
	err  error
}

// newSpellStage loads the user dictionaries at once, so that a bad one is
// reported when the pipeline is built; the built-in lexicon waits for the
// first document.
func newSpellStage(cfg *Config) (Stage, error) {
	// Check the options now, so that a bad value is reported when the
	// pipeline is built rather than on every document.
	if err := cfg.Spell.Validate(); err != nil {
		return nil, cfg.optionError(StageSpell, err)
	}
	c := *cfg
	s := &spellStage{cfg: &c}
	for _, p := range cfg.Spell.Dictionaries {
		wl, err := dict.LoadFile(cfg.resolve(p))
		if err != nil {
			return nil, cfg.errorAt([]string{StageSpell, "dictionaries"}, err)
		}
		s.user = append(s.user, wl)
	}
	return s, nil
}

func (*spellStage) Name() string { return StageSpell }

func (s *spellStage) corrector() (*spell.Corrector, error) {
	s.once.Do(func() {
		lex, err := dict.English()
		if err != nil {
			s.err = fmt.Errorf("dictionary: %w", err)
			return
		}
		if len(s.user) > 0 {
			lex = lex.With(s.user...)
		}
		s.c, s.err = spell.New(lex, s.cfg.Spell)
		if s.err != nil {
			s.err = s.cfg.optionError(StageSpell, s.err)
		}
	})
	return s.c, s.err
}

func (s *spellStage) Clean(_ context.Context, doc Document) (StageResult, error) {
	c, err := s.corrector()
	if err != nil {
		return StageResult{}, err
	}
	text, edits := c.Correct(doc.Text)
	return StageResult{Text: text, Edits: edits}, nil
}
