package spell

import (
	"math"
	"slices"
	"strings"

	"github.com/copyedit/copyedit/edit"
)

// A lexicon lags behind the language: "influencer", "rewilding",
// "grandkids", "signup" and "ebook" are right although it lacks them. Such
// a word, a coinage, is read as a known word plus a productive suffix or
// prefix, as two known words written as one, or as an "e-" word. But a typo
// can read that way too: "agains" is "again" + "s", "someting" "some" +
// "ting", "reresented" "re" + "resented". So a coinage is not simply taken
// as right: it is weighed, as a suspect is, against its cheap one-slip
// corrections, with the likelihood of its own reading in place of the flat
// prior of an unknown word. Only a correction that differs from the
// reading's own word family counts ("influence" is no evidence against
// "influencer").

// A coinage is the most likely reading of a word as a word English makes
// freely.
type coinage struct {
	count uint64  // count of the known word the reading rests on
	cost  float64 // log odds against the reading, given that word
	stem  string  // the word whose other forms are kin, not corrections
	alt   string  // another such word, or ""
	kind  string  // "suffix", "prefix", "compound", "e" or "quoted"
}

// Log odds against each kind of reading, given the count of the word it
// rests on (see Corrector.prior): an inflection of a known word is the
// likeliest ("landers"), a derived word, a prefixed word or two words
// written as one less so, an "e-" word least.
const (
	coinPluralCost   = 0.0 // -s, -es
	coinInflectCost  = 1.0 // -ed, -ing, -er
	coinDeriveCost   = 2.0 // -ly, -ness, -ist, ...
	coinPrefixCost   = 2.0
	coinCompoundCost = 3.0
	coinECost        = 5.0
	coinQuotedCost   = 3.0 // a word alone in quotation marks, read as itself
)

// suffixCost returns the log odds against a known word taking suf.
func suffixCost(suf string) float64 {
	switch suf {
	case "s", "es":
		return coinPluralCost
	case "ed", "ing", "ings", "er", "ers":
		return coinInflectCost
	}
	return coinDeriveCost
}

// coinMaxCount caps the count a coinage's reading rests on. A word the
// lexicon lacks is rarer than the words it lists, however common its stem:
// were "agains" a word, "again" being so common, the lexicon would have it.
const coinMaxCount = 1_000_000

// coinMaxCost is the largest error-model cost of a correction that can
// outweigh a coinage: one cheap slip (a doubled or dropped letter, two
// letters swapped, a neighbouring key, a vowel for a vowel).
const coinMaxCost = 0.7

// coinFlagConfidence is the confidence of the best correction of a
// coinage at which it is reported as a suspect, although not changed.
const coinFlagConfidence = 0.3

// prior returns the log probability that the word is right as read.
func (c *Corrector) prior(r coinage) float64 {
	return c.logp(min(r.count, coinMaxCount)) - r.cost
}

// kin reports whether the lower-case word w is another form of the
// reading's word (its stem, or the stem with a suffix): the same letters
// read another way, not a correction.
func (r coinage) kin(w string) bool {
	for _, s := range [...]string{r.stem, r.alt} {
		if s == "" {
			continue
		}
		if w == s {
			return true
		}
		root := trimFinal(s)
		if rest, ok := strings.CutPrefix(w, root); ok && (rest == "" || kinEnding(rest)) {
			return true
		}
	}
	return false
}

// trimFinal returns w without a final e or y, which a suffix replaces
// ("influence" → "influenc" + "er").
func trimFinal(w string) string {
	if len(w) > 3 && (w[len(w)-1] == 'e' || w[len(w)-1] == 'y') {
		return w[:len(w)-1]
	}
	return w
}

// kinEnding reports whether rest is an ending that makes another form of a
// word.
func kinEnding(rest string) bool {
	switch rest {
	case "e", "y", "ies", "ied", "ier", "iest", "est", "ily":
		return true
	}
	return slices.Contains(derivedSuffixes[:], rest)
}

// better returns the likelier of two readings (ok tells whether r2 is one).
func better(r1 coinage, ok1 bool, r2 coinage, ok2 bool) (coinage, bool) {
	switch {
	case !ok2:
		return r1, ok1
	case !ok1:
		return r2, ok2
	}
	p1 := float64(min(r1.count, coinMaxCount)) * math.Exp(-r1.cost)
	p2 := float64(min(r2.count, coinMaxCount)) * math.Exp(-r2.cost)
	if p2 > p1 {
		return r2, true
	}
	return r1, true
}

// coinage returns the likeliest reading of the lower-case word lw (which
// the lexicon lacks) as a coinage, if it has one.
func (c *Corrector) coinage(lw string) (coinage, bool) {
	var best coinage
	ok := false
	n := len([]rune(lw))
	if n >= 6 {
		r, ok2 := c.derived(lw, 5)
		best, ok = better(best, ok, r, ok2)
		r, ok2 = c.prefixed(lw)
		best, ok = better(best, ok, r, ok2)
		r, ok2 = c.compound(lw)
		best, ok = better(best, ok, r, ok2)
	}
	if n >= 5 {
		r, ok2 := c.eWord(lw)
		best, ok = better(best, ok, r, ok2)
	}
	return best, ok
}

// derivedSuffixes are the endings English adds freely to make new words
// ("influencer", "vlogging") that a lexicon is slow to list.
var derivedSuffixes = [...]string{"s", "es", "er", "ers", "ing", "ings", "ed", "ly", "ness", "ism", "isms", "ist", "ists", "able", "less", "ful", "ship"}

// derivedMinCount is the count a stem needs for its derived words to be
// taken as right.
const derivedMinCount = 100_000

// derived reads lw as a known word of at least minStem bytes with a count
// of derivedMinCount or more, plus a suffix English adds freely, with a
// final e dropped before a vowel ("influence" + "er"), spelled as English
// spells it ("continueed" and "regardes" are not "continue" + "ed" and
// "regard" + "es").
func (c *Corrector) derived(lw string, minStem int) (coinage, bool) {
	var best coinage
	ok := false
	for _, suf := range derivedSuffixes {
		stem, found := strings.CutSuffix(lw, suf)
		if !found || len(stem) < minStem {
			continue
		}
		if suf == "s" && strings.HasSuffix(stem, "s") {
			continue
		}
		if n := c.lex.Count(stem); n >= derivedMinCount && c.suffixFits(stem, suf) {
			best, ok = better(best, ok, coinage{count: n, cost: suffixCost(suf), stem: stem, kind: "suffix"}, true)
		}
		if suf[0] == 'e' || suf[0] == 'i' || suf[0] == 'a' {
			if n := c.lex.Count(stem + "e"); n >= derivedMinCount {
				best, ok = better(best, ok, coinage{count: n, cost: suffixCost(suf), stem: stem + "e", kind: "suffix"}, true)
			}
		}
	}
	return best, ok
}

// suffixFits reports whether English spells the known word stem plus suf
// as stem+suf: a final e merges with a suffix that begins with e
// ("continued", not "continueed") and drops before -ing and -ism
// ("hoping"; "seeing" and "canoeing" keep it); -es follows only a hissing
// sound or an o ("reaches", "heroes"); and an inflected word ("combined",
// "saying") takes no inflection.
func (c *Corrector) suffixFits(stem, suf string) bool {
	last := stem[len(stem)-1]
	switch {
	case last == 'e' && suf[0] == 'e':
		return false
	case last == 'e' && suf[0] == 'i' && !strings.HasSuffix(stem, "ee") &&
		!strings.HasSuffix(stem, "oe") && !strings.HasSuffix(stem, "ye"):
		return false
	case suf == "es" && !(strings.ContainsRune("sxzo", rune(last)) || strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh")):
		return false
	}
	switch suf {
	case "s", "es", "ed", "er", "ers", "ing", "ings":
		return !c.inflection(stem)
	}
	return true
}

// inflection reports whether w is a known word's past tense or participle
// ("combined", "walked", "saying").
func (c *Corrector) inflection(w string) bool {
	for _, end := range [...]string{"ed", "ing"} {
		root, ok := strings.CutSuffix(w, end)
		if !ok || len(root) < 3 {
			continue
		}
		if c.lex.Count(root) > 0 || c.lex.Count(root+"e") > 0 {
			return true
		}
	}
	return false
}

// derivedPrefixes are the prefixes English adds freely ("rewilding").
var derivedPrefixes = [...]string{"re", "un", "non", "pre", "over", "under", "mis", "de", "co", "anti", "post", "sub", "super", "inter", "micro", "mega", "self", "multi", "cyber", "eco"}

// prefixed reads lw as a known word (five letters or more, suffix allowed)
// after a productive prefix ("re" + "wild" + "ing"), or as a common
// four-letter word after a prefix other than "un", "de" or "co", which
// begin too many slips ("untill"): "rewild".
func (c *Corrector) prefixed(lw string) (coinage, bool) {
	var best coinage
	ok := false
	for _, pre := range derivedPrefixes {
		rest, found := strings.CutPrefix(lw, pre)
		if !found {
			continue
		}
		var r coinage
		ok2 := false
		if len(rest) >= 5 {
			if n := c.lex.Count(rest); n >= derivedMinCount {
				r, ok2 = coinage{count: n, stem: lw}, true
			} else if r, ok2 = c.derived(rest, 4); ok2 {
				r.stem = pre + r.stem // "rewilding": kin of "rewild"
			}
		}
		if !ok2 && len(rest) == 4 && len(pre) >= 2 && pre != "un" && pre != "de" && pre != "co" {
			if n := c.lex.Count(rest); n >= compoundMinCount {
				r, ok2 = coinage{count: n, stem: lw}, true
			}
		}
		if !ok2 {
			continue
		}
		r.cost += coinPrefixCost
		r.kind = "prefix"
		best, ok = better(best, ok, r, true)
	}
	return best, ok
}

// compound reads lw as two common words of four letters or more written
// as one ("grandkids", "roofline"), a word and a particle ("signup",
// "uplink"), or an "e-" word, any of them inflected ("signups",
// "livestreamed"): a closed compound the lexicon lacks rather than a typo.
// Shorter parts would let typos through ("bud"+"jet", "use"+"full").
func (c *Corrector) compound(lw string) (coinage, bool) {
	best, ok := c.compoundWord(lw)
	for _, suf := range [...]string{"s", "es", "ed", "ing", "er", "ers"} {
		stem, found := strings.CutSuffix(lw, suf)
		if !found || len(stem) < 5 || !c.suffixFits(stem, suf) {
			continue
		}
		if r, ok2 := c.compoundWord(stem); ok2 {
			r.cost += suffixCost(suf)
			r.stem = stem
			best, ok = better(best, ok, r, true)
		}
	}
	return best, ok
}

// compoundWord is compound for a lower-case word without inflection.
func (c *Corrector) compoundWord(lw string) (coinage, bool) {
	var best coinage
	ok := false
	add := func(a, b string) {
		na, nb := c.lex.Count(a), c.lex.Count(b)
		if na >= compoundMinCount && nb >= compoundMinCount {
			best, ok = better(best, ok, coinage{count: min(na, nb), cost: coinCompoundCost, stem: lw, kind: "compound"}, true)
		}
	}
	for i := 4; i+4 <= len(lw); i++ {
		add(lw[:i], lw[i:])
	}
	// A noun made of a verb and its particle ("signup", "sitdown",
	// "wipeout"), or a particle and a word. "in" and "on" are left out:
	// they end too many slips ("mountin", "checkin" for "checking").
	for _, p := range compoundParticles {
		if stem, found := strings.CutSuffix(lw, p); found && len(stem) >= 3 {
			add(stem, p)
		}
		// And the particle first ("uplink", "offgrid", "backfill").
		if rest, found := strings.CutPrefix(lw, p); found && len(rest) >= 4 {
			add(p, rest)
		}
	}
	r, ok2 := c.eWord(lw)
	return better(best, ok, r, ok2)
}

// eWord reads lw as an electronic "e-" thing written solid ("ebook",
// "escooter", "ecommerce"): "e" and a common word of four letters or more
// that begins with a consonant (a vowel after "e" is read with a hyphen:
// "e-auction").
func (c *Corrector) eWord(lw string) (coinage, bool) {
	rest, ok := strings.CutPrefix(lw, "e")
	if !ok || len(rest) < 4 || strings.IndexByte("aeiou", rest[0]) >= 0 {
		return coinage{}, false
	}
	n := c.lex.Count(rest)
	if n < compoundMinCount {
		return coinage{}, false
	}
	return coinage{count: n, cost: coinECost, stem: lw, alt: rest, kind: "e"}, true
}

// compoundParticles are the particles that close a verb into a noun.
var compoundParticles = [...]string{"up", "out", "off", "down", "over", "back", "away"}

// compoundMinCount is the count each part of a closed compound needs.
const compoundMinCount = 1_000_000

// weighCoinages weighs every coinage of text against its cheap corrections
// (see coinage): a coinage is changed when a correction is likelier at the
// confidence a suspect needs, reported as a suspect when the correction is
// at least coinFlagConfidence likely, and otherwise taken as right. A
// coinage the document uses more than once, or a word alone in quotation
// marks, is at most reported.
func (c *Corrector) weighCoinages(text string, toks []token, st []status, edits []edit.Edit) []edit.Edit {
	var uses map[string]int
	for i, t := range toks {
		if st[i] == statusCoined {
			if uses == nil {
				uses = map[string]int{}
			}
			uses[strings.ToLower(text[t.start:t.end])]++
		}
	}
	if uses == nil {
		return edits
	}
	c.init()
	sc := c.getScratch()
	defer c.putScratch(sc)
	none := make([]string, len(toks))
	for i, t := range toks {
		if st[i] != statusCoined {
			continue
		}
		w := text[t.start:t.end]
		if c.emphasis(w) {
			continue
		}
		core, suffix := cutPossessive(w)
		lw := strings.ToLower(core)
		// A word standing alone in quotation marks is a term being named
		// (“frunk”): it is never changed, only reported.
		quoted := quotedAlone(text, t.start, t.end)
		r, ok := c.coinage(lw)
		if !ok {
			if !quoted {
				continue
			}
			r = coinage{count: coinMaxCount, cost: coinQuotedCost, stem: lw, kind: "quoted"}
		}
		nb := neighbours{left: c.word(text, toks, st, none, i-1, i), right: c.word(text, toks, st, none, i+1, i+1)}
		need := c.minConf
		if t.cls != caseLower { // a capitalised coinage may be a name
			need = max(need, initialMinConfidence)
		}
		// A coinage the document uses more than once may be a term: it is
		// never changed, only reported, as a quoted word is.
		if quoted || uses[strings.ToLower(w)] > 1 {
			need = 2
		}
		cs, conf, change := c.weighCoinage(lw, r, nb, need, sc)
		switch {
		case change:
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "nonword",
				Start: t.start, End: t.end, Before: w,
				After:      recase(cs[0].text, t.cls) + suffix,
				Confidence: conf,
			})
		case conf >= coinFlagConfidence:
			edits = append(edits, edit.Edit{
				Stage: Stage, Rule: "nonword",
				Start: t.start, End: t.end, Before: w, After: w,
				Confidence: conf, Suspect: true,
				Candidates: candidateList(cs, t.cls, suffix),
			})
		}
	}
	return edits
}

// weighCoinage weighs the coinage lw, read as r, between the neighbours
// nb, against its cheap corrections. When change is set, cs[0] is the
// correction, likely with confidence conf (at least need); otherwise cs
// are the corrections worth reporting, conf the likelihood of the best.
func (c *Corrector) weighCoinage(lw string, r coinage, nb neighbours, need float64, sc *scratch) (cs []choice, conf float64, change bool) {
	q := lowerRunes(nil, lw)
	cs = c.wordChoices(q, nb, 1, false, sc)
	cs = slices.DeleteFunc(cs, func(ch choice) bool {
		// An "e-" word may be its stem with a stray "e" ("eshortage"):
		// the stem competes, but only to report the word.
		stray := r.alt != "" && ch.first == r.alt
		return ch.rule != "nonword" || ch.dist > coinMaxCost || ch.text != ch.first || (r.kin(ch.first) && !stray)
	})
	if len(cs) == 0 {
		return nil, 0, false
	}
	prior := c.prior(r)
	fix := slices.DeleteFunc(slices.Clone(cs), func(ch choice) bool { return ch.first == r.alt })
	if conf = confidence(fix, prior); len(fix) > 0 && conf >= need {
		return fix, conf, true
	}
	return cs, confidence(cs, prior), false
}
