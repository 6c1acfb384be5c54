package spell

import (
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// localize converts known words to the spelling of Options.Locale
// ("colour" → "color" for en-US).
func (c *Corrector) localize(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	for i, t := range toks {
		if st[i] != statusKnown || t.cls == caseMixed {
			continue
		}
		w := text[t.start:t.end]
		lw := w
		if t.cls != caseLower {
			lw = strings.ToLower(w)
		}
		to := c.variant(lw)
		if to == "" || to == lw {
			continue
		}
		edits = append(edits, edit.Edit{
			Stage: Stage, Rule: "locale",
			Start: t.start, End: t.end, Before: w, After: recase(to, t.cls),
			Confidence: 1,
		})
	}
	return edits
}

// variant returns the spelling of w in the target locale, w itself if w is
// already right there, or "" if the lexicon knows no variants of w.
func (c *Corrector) variant(w string) string {
	vs := c.lex.Variants(w)
	if len(vs) == 0 {
		return ""
	}
	best := ""
	for _, v := range vs {
		if v.Locale != c.opts.Locale {
			continue
		}
		if v.Word == w {
			return w
		}
		if best == "" {
			best = v.Word
		}
	}
	return best
}
