// Package normalize repairs Unicode damage in text: mojibake, HTML entities,
// control and invisible characters, odd spaces and line breaks, full-width
// forms and ligatures, and sets quotes and dashes in one consistent style.
//
// The fixers work on lines (segments ending in a line break, at most MaxLine
// bytes), so a Normalizer streams: its Transformer gives the same output as String
// however the input is split. See README.md for every fixer and option.
package normalize

import (
	"slices"
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// Stage is the stage name in the edits a Normalizer reports.
const Stage = "normalize"

// MaxLine is the longest segment the fixers see at once. Longer lines are
// cut (after a non-space character, where possible), so memory stays flat.
const MaxLine = 64 << 10

// maxRounds bounds how often the fixers run over a segment: a fix can
// reveal more damage (entities hiding mojibake, ligatures hiding quotes).
const maxRounds = 8

// A Normalizer applies the configured fixers. It is immutable and safe for
// concurrent use.
type Normalizer struct {
	c config
}

// New returns a Normalizer for opts, or an *OptionError naming the first
// invalid option.
func New(opts Options) (*Normalizer, error) {
	c, err := resolve(opts)
	if err != nil {
		return nil, err
	}
	return &Normalizer{c: c}, nil
}

var defaultNormalizer = func() *Normalizer {
	n, err := New(Options{})
	if err != nil {
		panic(err)
	}
	return n
}()

// String normalises s with the default options.
func String(s string) string {
	out, _ := defaultNormalizer.normalize(s, false)
	return out
}

// String normalises s and reports every change as an Edit of stage
// "normalize", with byte offsets into s and the fixer's name as the rule.
func (n *Normalizer) String(s string) (string, []edit.Edit) {
	return n.normalize(s, true)
}

func (n *Normalizer) normalize(s string, wantEdits bool) (string, []edit.Edit) {
	var b strings.Builder
	var edits []edit.Edit
	var st layoutState
	var sc scratch
	changed := false
	for pos := 0; pos < len(s); {
		end := pos + segmentLen(s[pos:])
		last := end == len(s)
		out, spans, segChanged := n.segment(s[pos:end], &st, &sc, last, wantEdits)
		if segChanged && !changed {
			changed = true
			b.Grow(len(s) + len(s)/16)
			b.WriteString(s[:pos])
		}
		if !changed {
			pos = end
			continue
		}
		b.WriteString(out)
		if wantEdits && spans != nil {
			if edits == nil {
				edits = make([]edit.Edit, 0, max(16, len(s)/128))
			}
			if need := len(edits) + len(spans); need > cap(edits) {
				// Grow to what the rest of s needs if it is as damaged as
				// what came before: one copy instead of one per doubling.
				est := int(float64(need) * float64(len(s)) / float64(end) * 1.125)
				edits = slices.Grow(edits, max(est, 2*cap(edits))-len(edits))
			}
			for _, sp := range spans {
				edits = append(edits, edit.Edit{
					Stage:      Stage,
					Rule:       sp.rule,
					Start:      pos + sp.start,
					End:        pos + sp.end,
					Before:     s[pos+sp.start : pos+sp.end],
					After:      sp.after,
					Confidence: sp.conf,
				})
			}
		}
		pos = end
	}
	if !changed {
		return s, nil
	}
	return b.String(), edits
}

// segmentLen returns the length of the segment at the start of s: through
// the first line break ("\n", "\r\n", a lone "\r", U+2028 or U+2029), or at
// most MaxLine bytes, cut where the cut changes nothing: not inside a UTF-8
// sequence, after a character that is not a space. The cut depends only on
// the bytes, never on how they arrive; s ending in "\r" is taken to be the
// end of the input (the Transformer waits for the next byte instead).
func segmentLen(s string) int {
	lim := min(len(s), MaxLine)
	// The first of "\n", "\r" and U+2028/U+2029 (E2 80 A8/A9) before lim,
	// found with IndexByte, which is much faster than a loop over bytes.
	brk, end := -1, lim
	if i := strings.IndexByte(s[:end], '\n'); i >= 0 {
		brk, end = i, i
	}
	if i := strings.IndexByte(s[:end], '\r'); i >= 0 {
		brk, end = i, i
	}
	for k := 0; k < end; {
		m := strings.IndexByte(s[k:end], 0xE2)
		if m < 0 {
			break
		}
		m += k
		if m+2 < len(s) && s[m+1] == 0x80 && (s[m+2] == 0xA8 || s[m+2] == 0xA9) {
			return m + 3
		}
		k = m + 1
	}
	switch {
	case brk < 0:
	case s[brk] == '\n':
		return brk + 1
	case brk+1 < len(s) && s[brk+1] == '\n': // CRLF
		return brk + 2
	default:
		return brk + 1
	}
	if lim == len(s) {
		return lim
	}
	for k := lim; k > lim-256 && k > 0; k-- {
		c, p := s[k], s[k-1]
		if c&0xC0 != 0x80 && p != ' ' && p != '\t' && p < 0x80 {
			return k
		}
	}
	for k := lim; k > lim-4 && k > 0; k-- {
		if s[k]&0xC0 != 0x80 {
			return k
		}
	}
	return lim
}

// segment runs the fixers over one segment and reports whether it changed;
// the spans (relative to seg) are composed only when wantEdits is set.
func (n *Normalizer) segment(seg string, st *layoutState, sc *scratch, last, wantEdits bool) (string, []span, bool) {
	c := &n.c
	a := &sc.spans
	cur, hist := fixUTF8(seg, a.hist[a.hi])
	if hist != nil {
		a.hist[a.hi] = hist[:0]
	}
	changed := hist != nil
	// Rounds go on until nothing changes, as any fix can change the context
	// a fixer judges by (a decoded span is the neighbour of the next one).
	apply := func(out string, sp []span) bool {
		if sp == nil {
			return false
		}
		a.fix = sp[:0] // sp is dead once composed: its storage serves the next fixer
		if wantEdits {
			// compose writes into the history slice not in use.
			hist = compose(cur, hist, sp, a.hist[a.hi^1])
			a.hi ^= 1
			a.hist[a.hi] = hist[:0]
		}
		cur = out
		changed = true
		return true
	}
	steps, ns := c.steps()
	// The fixers are pure functions of the text, so once every one of them
	// has run on the current text without a change (a whole round's worth
	// of fixers in a row, across the round boundary), the rest of the
	// round and the next one could change nothing: stop there.
	lastChange, k := -1, 0
rounds:
	for round := 0; round < maxRounds; round++ {
		if round > 0 && c.quiet(cur) {
			break
		}
		for _, s := range steps[:ns] {
			if k > lastChange+ns {
				break rounds
			}
			if apply(c.step(s, cur, st, sc, last)) {
				lastChange = k
			}
			k++
		}
		if lastChange < k-ns {
			break
		}
	}
	apply(c.layout(cur, st, last, true, a.fix))
	return cur, hist, changed
}

// The fixers that run in rounds, in order.
const (
	stepEntities = iota
	stepMojibake
	stepControls
	stepChars
	stepForm
	stepCurly
	stepTranslit
	stepLayout // spaces collapsed or trimmed change what mojibake sees
	numSteps
)

// steps returns the fixers c runs in rounds, in order, and their number.
func (c *config) steps() ([numSteps]int8, int) {
	var steps [numSteps]int8
	n := 0
	for s := int8(0); s < numSteps; s++ {
		switch {
		case s == stepMojibake && !c.mojibake,
			s == stepControls && !c.controls,
			s == stepCurly && c.quotes != quotesCurly,
			s == stepTranslit && !c.translit:
			continue
		}
		steps[n] = s
		n++
	}
	return steps, n
}

// step runs fixer s over cur. Layout runs on a copy of the state: only
// its final run, after the rounds, moves the state on.
func (c *config) step(s int8, cur string, st *layoutState, sc *scratch, last bool) (string, []span) {
	buf := sc.spans.fix
	switch s {
	case stepEntities:
		return fixEntities(cur, c.entities, buf)
	case stepMojibake:
		return sc.moji.fix(cur, buf)
	case stepControls:
		return fixControls(cur, c.ftfy, buf)
	case stepChars:
		return c.fixChars(cur, buf)
	case stepForm:
		return fixForm(cur, c.form, buf)
	case stepCurly:
		return curlQuotes(cur, buf)
	case stepTranslit:
		return transliterate(cur, buf)
	default:
		tmp := *st
		return c.layout(cur, &tmp, last, false, buf)
	}
}

// scratch holds the buffers one String call or Transformer reuses from
// segment to segment.
type scratch struct {
	moji  mojiScratch
	spans spanArena
}

// quiet reports a segment that no fixer but layout can change: ASCII with
// no entity, control character, CR or (for curly quotes) straight quote.
func (c *config) quiet(s string) bool {
	if strings.IndexByte(s, '&') >= 0 ||
		c.quotes == quotesCurly && (strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '\'') >= 0) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i += printableRun(s[i:]); i == len(s) {
			break
		}
		if b := s[i]; b >= 0x80 || b < 0x20 && b != '\n' && b != '\t' || b == 0x7F {
			return false
		}
	}
	return true
}
