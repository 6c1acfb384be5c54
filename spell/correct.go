package spell

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/edit"
)

// status is what the corrector makes of one token.
type status uint8

const (
	statusKnown     status = iota // in the lexicon
	statusProtected               // never touched: a name, acronym, address, ignored word...
	statusSuspect                 // unknown and not protected: to be corrected
	statusCoined                  // unknown, but read as a coinage: weighed, not corrected as a typo
)

// Correct corrects text and reports every change and every unresolved
// suspect. Offsets in the edits are byte offsets into text. Bytes that are
// not valid UTF-8 are left as they are; the corrector never introduces any.
func (c *Corrector) Correct(text string) (string, []edit.Edit) {
	out, edits := c.pass(text)
	for range maxPasses - 1 {
		if out == text || !changes(edits) {
			break
		}
		out2, edits2 := c.pass(out)
		if out2 == out {
			// Suspects found again are already in edits.
			break
		}
		edits = compose(text, out, edits, edits2)
		out = out2
	}
	return out, edits
}

func changes(edits []edit.Edit) bool {
	for _, e := range edits {
		if !e.Suspect {
			return true
		}
	}
	return false
}

// pass makes one pass of corrections over text.
func (c *Corrector) pass(text string) (string, []edit.Edit) {
	toks := tokenize(text, make([]token, 0, len(text)/5+1))
	if len(toks) == 0 {
		return text, nil
	}
	c.openers(text, toks)
	st := make([]status, len(toks))
	// real_words looks every word up again as context: it keeps the
	// entries status finds.
	var rw *realText
	if c.opts.RealWords && c.minConf < 1 && c.elex != nil {
		c.init()
		sc := c.getScratch()
		defer c.putScratch(sc)
		rw = c.newRealText(text, toks, st, sc, false)
	}
	suspects := false
	for i, t := range toks {
		var seen *lexEntry
		if rw != nil {
			rw.ctx[i] = ctxWord{}
			seen = &rw.ctx[i].lexEntry
		}
		st[i] = c.status(text, t, seen)
		suspects = suspects || st[i] == statusSuspect || st[i] == statusCoined
	}
	var edits []edit.Edit
	if suspects {
		edits = c.foreignParagraphs(text, toks, st, edits)
	}
	if c.opts.Doubled == "fix" {
		edits = c.doubled(text, toks, st, edits)
	}
	if suspects {
		edits = c.fixSuspects(text, toks, st, edits)
		edits = c.weighCoinages(text, toks, st, edits)
	}
	edits = c.reportOpeners(text, toks, st, edits)
	edits = c.shortWords(text, toks, st, edits)
	if c.opts.Locale != "" {
		edits = c.localize(text, toks, st, edits)
	}
	if c.opts.RealWords {
		edits = c.realWords(text, toks, st, edits, rw)
	}
	if len(edits) == 0 {
		return text, nil
	}
	return apply(text, edits)
}

// apply sorts edits, drops any that overlap an earlier one, and returns the
// edited text.
func apply(text string, edits []edit.Edit) (string, []edit.Edit) {
	slices.SortStableFunc(edits, func(a, b edit.Edit) int { return cmp.Compare(a.Start, b.Start) })
	out := edits[:0]
	end := 0
	for _, e := range edits {
		if e.Start < end {
			continue
		}
		out = append(out, e)
		end = max(e.End, e.Start+1)
	}
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for _, e := range out {
		b.WriteString(text[pos:e.Start])
		b.WriteString(e.After)
		pos = e.End
	}
	b.WriteString(text[pos:])
	return b.String(), out
}

// A paragraph in which more than foreignShare of the lower-case words (and
// at least foreignMin of them) are unknown is taken to be in another
// language or not prose at all, and left alone. Words of the lexicon's
// attested tier count as unknown here: it holds many foreign surnames in
// lower case ("pela", "janeiro"), so it says little about the language.
const (
	foreignShare = 0.25
	foreignMin   = 4
)

// foreignParagraphs protects every word of the paragraphs (runs of text
// between blank lines) that are not English prose, and reports the
// suspects among them, unchanged and without candidates, with the rule
// "foreign": the corrector declines to correct them, but does not hide
// them.
func (c *Corrector) foreignParagraphs(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	start, lower, unknown := 0, 0, 0
	flush := func(end int) {
		if unknown >= foreignMin && float64(unknown) > foreignShare*float64(lower) {
			for j := start; j < end; j++ {
				if st[j] == statusSuspect {
					w := text[toks[j].start:toks[j].end]
					edits = append(edits, edit.Edit{
						Stage: Stage, Rule: "foreign",
						Start: toks[j].start, End: toks[j].end, Before: w, After: w,
						Suspect: true,
					})
				}
				st[j] = statusProtected
			}
		}
		start, lower, unknown = end, 0, 0
	}
	for i, t := range toks {
		if i > 0 && blankLine(text[toks[i-1].end:t.start]) {
			flush(i)
		}
		if t.cls == caseLower && !t.skip {
			lower++
			// A coinage counts as known; a word alone in quotation marks,
			// weighed like one, does not. Of the one-letter words only "a"
			// is English in lower case (the lexicon lists every letter);
			// "o", "e" and "y" are Portuguese and Spanish.
			w := text[t.start:t.end]
			coined := st[i] == statusCoined && !quotedAlone(text, t.start, t.end)
			english := st[i] == statusKnown || coined || (t.runes == 1 && w == "a")
			if !english {
				unknown++
			}
		}
	}
	flush(len(toks))
	return edits
}

// blankLine reports whether gap holds an empty line.
func blankLine(gap string) bool {
	i := strings.IndexByte(gap, '\n')
	if i < 0 {
		return false
	}
	rest := gap[i+1:]
	j := strings.IndexByte(rest, '\n')
	return j >= 0 && strings.TrimSpace(rest[:j]) == ""
}

// status classifies the token t of text. If seen is not nil, it is given
// the lexicon's entry for the token when the lexicon knows it as spelled
// or capitalised (see knownEntry).
func (c *Corrector) status(text string, t token, seen *lexEntry) status {
	if t.skip || t.cls == caseMixed || t.runes < 2 || t.runes > maxWordLen {
		return statusProtected
	}
	w := text[t.start:t.end]
	if len(c.ignore) > 0 && c.ignore[strings.ToLower(w)] {
		return statusProtected
	}
	if c.knownEntry(w, t.cls, seen) {
		return statusKnown
	}
	switch {
	case t.cls == caseUpper && t.runes <= 5: // an acronym
		return statusProtected
	case t.cls == caseTitle && !t.initial: // a name
		return statusProtected
	case strings.ContainsAny(cutPossessiveStem(w), "'’"): // a contraction the lexicon lacks
		return statusProtected
	case hasAccent(w): // accents the lexicon lacks: a foreign word ("após")
		return statusProtected
	case quotedAlone(text, t.start, t.end): // a term being named (“vlog”): only reported
		return statusCoined
	case t.runes <= 5 && hyphenFollows(text, t.end): // a prefix ("intra-Afghan")
		return statusProtected
	}
	if t.runes >= 5 {
		if _, ok := c.coinage(strings.ToLower(cutPossessiveStem(w))); ok { // "influencer", "ebook"
			return statusCoined
		}
	}
	return statusSuspect
}

// known reports whether the lexicon has w, allowing for a curly apostrophe,
// a possessive 's and words in capitals.
func (c *Corrector) known(w string, cls caseClass) bool { return c.knownEntry(w, cls, nil) }

// A lexEntry is the lexicon's entry for a word and its count.
type lexEntry struct {
	entry dict.Entry
	count uint64
}

// knownEntry is known that, if seen is not nil (and c.elex is not), gives
// seen the entry and count of w when the lexicon knows w as Known does.
func (c *Corrector) knownEntry(w string, cls caseClass, seen *lexEntry) bool {
	if seen != nil {
		if e, n, ok := c.elex.Entry(w); ok {
			seen.entry, seen.count = e, n
			return true
		}
	} else if c.lex.Known(w) {
		return true
	}
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
		if c.lex.Known(w) {
			return true
		}
	}
	if stem, _ := cutPossessive(w); stem != w && c.lex.Known(stem) {
		return true
	}
	if cls == caseUpper {
		return c.known(strings.ToLower(w), caseLower)
	}
	return false
}

// hasAccent reports whether w holds a letter outside ASCII.
func hasAccent(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && isWordRune(r) {
			return true
		}
	}
	return false
}

// hyphenFollows reports whether a hyphen and a letter follow offset end.
func hyphenFollows(text string, end int) bool {
	r, size := utf8.DecodeRuneInString(text[end:])
	if r != '-' && r != '‐' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[end+size:])
	return isWordRune(next)
}

// cutPossessive splits a possessive 's off w.
func cutPossessive(w string) (stem, suffix string) {
	for _, s := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return w[:len(w)-len(s)], s
		}
	}
	return w, ""
}

func cutPossessiveStem(w string) string {
	stem, _ := cutPossessive(w)
	return stem
}

// lowerRunes appends the lower-case runes of s to dst.
func lowerRunes(dst []rune, s string) []rune {
	for _, r := range strings.ToLower(s) {
		dst = append(dst, r)
	}
	return dst
}

// quotedAlone reports whether the word text[start:end] stands alone in
// quotation marks (“frunk,” or 'frunk'): a term the writer is naming,
// spelled as meant.
func quotedAlone(text string, start, end int) bool {
	open, _ := utf8.DecodeLastRuneInString(text[:start])
	if !strings.ContainsRune(`"'“‘«`, open) {
		return false
	}
	rest := text[end:]
	if r, size := utf8.DecodeRuneInString(rest); r == ',' || r == '.' || r == '?' || r == '!' {
		rest = rest[size:]
	}
	close, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(`"'”’»`, close)
}
