package boilerplate

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/copyedit/copyedit/edit"
)

// Stage is the stage name carried by every Edit this package reports.
const Stage = "boilerplate"

// Confidence of removals, by evidence.
const (
	confRule    = 0.95 // a built-in or user rule matched
	confSpan    = 0.9  // a rule matched a span glued to other text
	confLearned = 0.85 // the segment is boilerplate in the learned profile
	confPage    = 0.7  // the page classifier judged the line junk
)

// edgeLines is how many non-blank lines at each end of a document count as
// its edges, where metadata tokens are looked for.
const edgeLines = 3

// spanWindow bounds the text a lead or tail pattern looks at, so the cost
// of a long paragraph does not grow with the number of rules.
const spanWindow = 320

// Result is the outcome of cleaning one document.
type Result struct {
	Text     string            // the cleaned text
	Meta     map[string]string // metadata found, such as "date" (ISO 8601 values)
	Edits    []edit.Edit       // every removal, in input order
	Warnings []string          // e.g. a removal refused by MaxRemoved
}

// A Remover removes boilerplate. It is immutable and safe for concurrent use.
type Remover struct {
	c       *compiled
	t       *ruleTable
	profile *Profile
}

// New validates opts and returns a Remover. An invalid option is reported
// as an *OptionError, whose Key method names the TOML key.
func New(opts Options) (*Remover, error) {
	c, err := compile(opts)
	if err != nil {
		return nil, err
	}
	return &Remover{c: c, t: builtinTable(), profile: opts.LearnedProfile}, nil
}

// WithProfile returns a copy of r that also removes the segments p learned.
// A nil p removes no learned segments.
func (r *Remover) WithProfile(p *Profile) *Remover {
	r2 := *r
	r2.profile = p
	return &r2
}

// Options returns the options r was built with, defaults filled in.
func (r *Remover) Options() Options { return r.c.opts }

// Clean removes boilerplate from text. Learned segments of every source in
// the profile are removed; use CleanSource when the source is known.
func (r *Remover) Clean(text string) Result { return r.CleanSource("", text) }

// CleanSource is Clean for a document of a known source (an outlet or
// domain, as given to Learner.Add): learned segments of that source are
// removed, or those of every source when the profile does not know it.
func (r *Remover) CleanSource(source, text string) Result {
	res := r.cleanOnce(source, text)
	if r.c.opts.Mode != ModePage {
		return res
	}
	// Page mode scores lines against their neighbours, so removing some
	// can change the verdict on others: clean the result again until it
	// stays (at most three more passes), composing the edits, so that
	// cleaning twice changes nothing more.
	for iter := 0; iter < 3 && len(res.Warnings) == 0 && len(res.Edits) > 0; iter++ {
		again := r.cleanOnce(source, res.Text)
		if len(again.Edits) == 0 || len(again.Warnings) > 0 {
			break
		}
		edits, ok := composeEdits(text, res.Edits, again.Edits, again.Text)
		if !ok || float64(len(text)-len(again.Text)) > r.c.opts.MaxRemoved*float64(len(text)) {
			break
		}
		for k, v := range again.Meta {
			if _, seen := res.Meta[k]; !seen {
				res.Meta[k] = v
			}
		}
		res.Text, res.Edits = again.Text, edits
	}
	return res
}

// cleanOnce is one pass of CleanSource.
func (r *Remover) cleanOnce(source, text string) Result {
	input := text
	var rs []repl
	if !utf8.ValidString(text) {
		text, rs = repairUTF8(text)
	}
	cl := cleaner{r: r, text: text, lines: splitLines(text), meta: map[string]string{}}
	cl.plans = make([]plan, len(cl.lines))
	cl.candBuf = make([]hit, len(r.t.rules))
	cl.run(source)
	res := cl.result()
	if rs != nil {
		res.Edits = mapEdits(input, rs, res.Edits)
	}
	return res
}

// cleaner holds the state of one Clean call.
type cleaner struct {
	r       *Remover
	text    string
	lines   []line
	plans   []plan
	meta    map[string]string
	candBuf []hit
}

func (cl *cleaner) lineText(i int) string {
	l := cl.lines[i]
	return cl.text[l.start:l.end]
}

func (cl *cleaner) run(source string) {
	c := cl.r.c
	for i := range cl.lines {
		s := cl.lineText(i)
		if isBlank(s) {
			continue
		}
		for _, re := range c.allow {
			if re.MatchString(s) {
				cl.plans[i].protected = true
				break
			}
		}
	}
	// Rules, with the document's edges first so that metadata tokens at
	// the top are seen by the lines that follow removed ones.
	top := cl.edge(true)
	for i := range cl.lines {
		if !top[i] {
			cl.ruleLine(i, false, false)
		}
	}
	bottom := cl.edge(false)
	for i := len(cl.lines) - 1; i >= 0; i-- {
		// Lines the top pass handled get their trailing token here too:
		// in a short document the last paragraph is also a top line.
		if bottom[i] {
			cl.ruleLine(i, false, true)
		}
	}
	// Rule cuts that left nothing of a line make it a whole-line removal
	// before the learned and page layers look at it.
	for i := range cl.plans {
		cl.plans[i].finish(cl.lineText(i))
	}
	if cl.r.profile != nil {
		// Removals move the document's edges, which learned removal
		// weighs; repeat while they move, so that a second Clean finds
		// nothing more.
		edges := cl.contentEdges()
		for iter := 0; iter < 4 && cl.learned(source, edges); iter++ {
			next := cl.contentEdges()
			if slices.Equal(next, edges) {
				break
			}
			edges = next
		}
	}
	if c.opts.Mode == ModePage {
		cl.page()
	}
	for i := range cl.plans {
		cl.plans[i].finish(cl.lineText(i))
	}
	cl.blankLines()
}

// edge walks the non-blank lines from the top (or bottom), running the
// rules with metadata enabled on each until edgeLines lines survive, and
// returns which lines it handled.
func (cl *cleaner) edge(fromTop bool) []bool {
	seen := make([]bool, len(cl.lines))
	kept := 0
	for k := range cl.lines {
		i := k
		if !fromTop {
			i = len(cl.lines) - 1 - k
		}
		if isBlank(cl.lineText(i)) {
			continue
		}
		if fromTop {
			seen[i] = true
			cl.ruleLine(i, true, false)
		} else if !cl.plans[i].whole {
			seen[i] = true
		}
		p := &cl.plans[i]
		p.finish(cl.lineText(i))
		if !p.whole {
			kept++
			if kept >= edgeLines {
				break
			}
		}
	}
	return seen
}

// ruleLine applies the rules to line i. top and bottom enable metadata
// tokens at the start and end of the line.
func (cl *cleaner) ruleLine(i int, top, bottom bool) {
	p := &cl.plans[i]
	if p.protected || p.whole {
		return
	}
	s := cl.lineText(i)
	t := cl.r.t
	disabled := cl.r.c.disabled
	if bottom {
		// Only the trailing metadata token is new on a bottom pass.
		if disabled["date"] {
			return
		}
		lo, hi := cl.bounds(p, s)
		if tok, ok := tailMeta(s[lo:hi]); ok {
			n := len(p.cuts)
			p.cuts = insertCut(p.cuts, cut{start: max(trimRightSpace(s, lo+tok.start), lo), end: hi, rule: "date", conf: confSpan})
			if len(p.cuts) > n {
				p.meta = append(p.meta, tok)
			}
		}
		return
	}
	cands := t.candidates(s, disabled, cl.candBuf)
	lo, hi := skipSpace(s, 0), trimRightSpace(s, len(s))
	lo0 := 0
	for iter := 0; iter < 8 && lo < hi; iter++ {
		w := s[lo:hi]
		if top && !disabled["date"] {
			if tok, ok := leadMeta(w); ok && tok.end > 0 {
				nlo := skipSpace(s, lo+tok.end)
				p.cuts = append(p.cuts, cut{start: lo0, end: nlo, rule: "date", conf: confSpan})
				p.meta = append(p.meta, tok)
				lo, lo0 = nlo, nlo
				continue
			}
		}
		changed := false
		for _, h := range cands {
			r := &t.rules[h.rule]
			// Anchors far from where a span rule looks cannot help it.
			nearLead := h.first-lo <= spanWindow+32 && h.last > lo
			nearTail := h.last >= hi-spanWindow && h.first <= hi+32
			switch r.kind {
			case kindLine:
				if r.prose {
					a, b, whole := ctaCut(r.re, w, r.maxLen)
					switch {
					case whole:
						p.cuts = append(p.cuts, cut{start: lo0, end: hi, rule: r.name, conf: confRule})
						lo, lo0 = hi, hi
						changed = true
					case b > a && a == 0:
						nlo := skipSpace(s, lo+b)
						p.cuts = append(p.cuts, cut{start: lo0, end: nlo, rule: r.name, conf: confSpan})
						lo, lo0 = nlo, nlo
						changed = true
					case b > a:
						nhi := max(trimRightSpace(s, lo+a), lo)
						p.cuts = insertCut(p.cuts, cut{start: nhi, end: hi, rule: r.name, conf: confSpan})
						hi = nhi
						changed = true
					}
				} else if len(w) <= r.maxLen && r.re.MatchString(w) {
					p.cuts = append(p.cuts, cut{start: lo0, end: hi, rule: r.name, conf: confRule})
					lo, lo0 = hi, hi
					changed = true
				}
			case kindLead:
				if !nearLead {
					continue
				}
				if e := leadSpan(r, w); e > 0 {
					nlo := skipSpace(s, lo+e)
					p.cuts = append(p.cuts, cut{start: lo0, end: nlo, rule: r.name, conf: confSpan})
					lo, lo0 = nlo, nlo
					changed = true
				}
			case kindTail:
				if !nearTail {
					continue
				}
				if st := tailSpan(r, w); st >= 0 {
					nhi := max(trimRightSpace(s, lo+st), lo)
					p.cuts = insertCut(p.cuts, cut{start: nhi, end: hi, rule: r.name, conf: confSpan})
					hi = nhi
					changed = true
				}
			case kindCode:
				if r.name != "appeal" {
					continue
				}
				e, st := -1, -1
				if nearLead {
					e = appealLead(w)
				}
				if e <= 0 && nearTail {
					st = appealTail(w)
				}
				switch {
				case e > 0:
					nlo := skipSpace(s, lo+e)
					p.cuts = append(p.cuts, cut{start: lo0, end: nlo, rule: r.name, conf: confSpan})
					lo, lo0 = nlo, nlo
					changed = true
				case st >= 0:
					nhi := max(trimRightSpace(s, lo+st), lo)
					p.cuts = insertCut(p.cuts, cut{start: nhi, end: hi, rule: r.name, conf: confSpan})
					hi = nhi
					changed = true
				}
			}
			if changed {
				break
			}
		}
		if !changed {
			break
		}
	}
	if lo < hi {
		cl.inline(p, s, lo, hi, cands)
	}
	sortCuts(p.cuts)
}

// bounds returns the part of line s not yet cut at either end.
func (cl *cleaner) bounds(p *plan, s string) (lo, hi int) {
	lo, hi = skipSpace(s, 0), trimRightSpace(s, len(s))
	for _, c := range p.cuts {
		if c.start <= lo && c.end > lo {
			lo = skipSpace(s, c.end)
		}
	}
	for k := len(p.cuts) - 1; k >= 0; k-- {
		c := p.cuts[k]
		if c.end >= hi && c.start < hi {
			hi = trimRightSpace(s, c.start)
		}
	}
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// inline applies the inline rules and the user's phrases and patterns to
// s[lo:hi].
func (cl *cleaner) inline(p *plan, s string, lo, hi int, cands []hit) {
	w := s[lo:hi]
	add := func(a, b int, rule string, conf float64) {
		if b <= a {
			return
		}
		a, b = lo+a, lo+b
		if b < hi && (a == lo || isSpace(s[a-1])) {
			b = skipSpace(s, b)
		} else if b == hi {
			a = trimRightSpace(s, a)
		}
		p.cuts = insertCut(p.cuts, cut{start: a, end: b, rule: rule, conf: conf})
	}
	t := cl.r.t
	for _, h := range cands {
		r := &t.rules[h.rule]
		if r.kind != kindInline {
			continue
		}
		for _, m := range r.re.FindAllStringIndex(w, -1) {
			add(m[0], m[1], r.name, confSpan)
		}
	}
	c := cl.r.c
	if c.phrases != nil {
		for _, m := range c.phrases.FindAllStringIndex(w, -1) {
			add(m[0], m[1], "user-phrase", confRule)
		}
	}
	for _, re := range c.patterns {
		for _, m := range re.FindAllStringIndex(w, -1) {
			add(m[0], m[1], "user-pattern", confRule)
		}
	}
}

// insertCut adds c unless it overlaps a cut already planned.
func insertCut(cuts []cut, c cut) []cut {
	for _, o := range cuts {
		if c.start < o.end && o.start < c.end {
			return cuts
		}
	}
	return append(cuts, c)
}

func sortCuts(cuts []cut) {
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })
}

// leadSpan returns the end of r's match at the start of w, or 0.
func leadSpan(r *rule, w string) int {
	win := w
	if len(win) > spanWindow {
		win = cutRune(w, spanWindow)
	}
	m := r.re.FindStringIndex(win)
	if m == nil || m[0] != 0 || m[1] == 0 {
		return 0
	}
	e := m[1]
	if e < len(w) {
		next, _ := utf8.DecodeRuneInString(w[e:])
		prev, _ := utf8.DecodeLastRuneInString(w[:e])
		if isLetterOrDigit(prev) && isLetterOrDigit(next) {
			return 0 // inside a word
		}
		if r.needCap {
			n, _ := utf8.DecodeRuneInString(w[skipSpace(w, e):])
			if !(isUpperOrDigit(n) || strings.ContainsRune("\"'“‘(", n)) {
				return 0
			}
		}
	}
	return e
}

// tailSpan returns the start of r's match at the end of w, or -1.
func tailSpan(r *rule, w string) int {
	off := 0
	if len(w) > spanWindow {
		off = len(w) - spanWindow
		for off < len(w) && !utf8.RuneStart(w[off]) {
			off++
		}
	}
	m := r.re.FindStringIndex(w[off:])
	if m == nil || m[1] != len(w)-off {
		return -1
	}
	st := off + m[0]
	if st > 0 {
		prev, _ := utf8.DecodeLastRuneInString(w[:st])
		next, _ := utf8.DecodeRuneInString(w[st:])
		if isLetterOrDigit(prev) && isLetterOrDigit(next) {
			return -1
		}
		if r.needStop {
			q := trimRightSpace(w, st)
			if q == st && q > 0 && isLetterOrDigit(prev) {
				return -1
			}
			c, _ := utf8.DecodeLastRuneInString(w[:q])
			if q > 0 && !strings.ContainsRune(".!?\"'”’)]|»›-–—…:", c) {
				return -1
			}
		}
	}
	return st
}

func cutRune(s string, n int) string {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// addMeta records the metadata token t. Result calls it only for the
// tokens of cuts it applies, so Meta never names a token left in the text.
func (cl *cleaner) addMeta(t metaToken) {
	// The first token wins, unless it is a bare time and a later one
	// carries a date.
	if old, ok := cl.meta[t.key]; !ok || len(old) < len("2006-01-02") && len(t.value) >= len("2006-01-02") {
		cl.meta[t.key] = t.value
	}
}

// blankLines drops blank lines left doubled (or leading) by removals, so
// that removing a paragraph does not leave a gap of two blank lines.
func (cl *cleaner) blankLines() {
	prevBlank := true // the document start behaves as a blank line
	removedSince := false
	for i := range cl.lines {
		p := &cl.plans[i]
		if p.whole {
			removedSince = true
			continue
		}
		if isBlank(cl.lineText(i)) {
			if prevBlank && removedSince {
				p.whole, p.rule, p.conf = true, "blank", 1
				continue
			}
			prevBlank = true
			continue
		}
		prevBlank, removedSince = false, false
	}
	// Trailing blank lines left after removed lines at the end.
	if removedSince {
		for i := len(cl.lines) - 1; i >= 0; i-- {
			if cl.plans[i].whole {
				continue
			}
			if !isBlank(cl.lineText(i)) {
				break
			}
			cl.plans[i].whole, cl.plans[i].rule, cl.plans[i].conf = true, "blank", 1
		}
	}
}

// result applies the plans, or refuses them when they exceed MaxRemoved.
func (cl *cleaner) result() Result {
	var edits []edit.Edit
	removed := 0
	for _, p := range cl.plans {
		for _, t := range p.meta {
			cl.addMeta(t)
		}
	}
	for i, p := range cl.plans {
		l := cl.lines[i]
		if p.whole {
			if p.rule == "blank" && len(edits) > 0 && edits[len(edits)-1].End == l.start {
				// Fold a dropped blank line into the removal before it.
				e := &edits[len(edits)-1]
				e.End = l.next
				e.Before = cl.text[e.Start:e.End]
				removed += l.next - l.start
				continue
			}
			removed += l.next - l.start
			from := l.start
			if n := len(edits); n > 0 && edits[n-1].Rule == "blank" && edits[n-1].End == l.start {
				// Fold a dropped blank line into the removal after it.
				from = edits[n-1].Start
				edits = edits[:n-1]
			}
			if len(p.cuts) == 0 {
				edits = append(edits, edit.Edit{Stage: Stage, Rule: p.rule, Start: from, End: l.next,
					Before: cl.text[from:l.next], Confidence: p.conf})
				continue
			}
			// The line's cuts share it out: each runs to the next one.
			for k, c := range p.cuts {
				a, b := l.start+c.start, l.next
				if k == 0 {
					a = from
				}
				if k+1 < len(p.cuts) {
					b = l.start + p.cuts[k+1].start
				}
				edits = append(edits, edit.Edit{Stage: Stage, Rule: c.rule, Start: a, End: b,
					Before: cl.text[a:b], Confidence: c.conf})
			}
			continue
		}
		for _, c := range p.cuts {
			a, b := l.start+c.start, l.start+c.end
			edits = append(edits, edit.Edit{Stage: Stage, Rule: c.rule, Start: a, End: b,
				Before: cl.text[a:b], After: c.after, Confidence: c.conf})
			removed += b - a - len(c.after)
		}
	}
	res := Result{Text: cl.text, Meta: cl.meta}
	if len(edits) == 0 {
		return res
	}
	if limit := cl.r.c.opts.MaxRemoved; float64(removed) > limit*float64(len(cl.text)) {
		// Nothing is removed, so no metadata token left the text.
		clear(res.Meta)
		for i := range edits {
			edits[i].Suspect = true
			edits[i].After = edits[i].Before
		}
		res.Edits = edits
		res.Warnings = append(res.Warnings, fmt.Sprintf(
			"boilerplate: kept the document whole: the planned removals (%d of %d bytes, %.0f%%) exceed max_removed (%.0f%%)",
			removed, len(cl.text), 100*float64(removed)/float64(len(cl.text)), 100*limit))
		return res
	}
	var b strings.Builder
	b.Grow(len(cl.text) - removed)
	last := 0
	for _, e := range edits {
		b.WriteString(cl.text[last:e.Start])
		b.WriteString(e.After)
		last = e.End
	}
	b.WriteString(cl.text[last:])
	res.Text = b.String()
	res.Edits = edits
	return res
}
