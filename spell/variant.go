package spell

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// variantRewrites are the spelling patterns by which correct English
// spellings differ from one another: British, older or learned forms
// ("foetus", "mediaeval", "kilogramme", "annexe", "connexion", "colour",
// "centre", "analyse", "catalogue") against the forms a lexicon is likelier
// to list. Each pair is tried both ways, at every place it occurs.
var variantRewrites = [...][2]string{
	{"oe", "e"}, {"ae", "e"}, {"mme", "m"}, {"mme", "me"}, {"xion", "ction"},
	{"our", "or"}, {"ise", "ize"}, {"yse", "yze"}, {"isa", "iza"}, {"tre", "ter"},
	{"ogue", "og"}, {"ence", "ense"},
}

// variantEnds are the patterns that only differ at the end of a word
// ("annexe", "axe").
var variantEnds = [...][2]string{{"xe", "x"}}

// variantMinCount is the count the known spelling must have for an unknown
// word to be taken as its variant: the pattern must lead to a real, common
// word, not to a rare one a slip happens to reach.
const variantMinCount = 10_000

// variantOf reports whether the lower-case word lw, which the lexicon
// lacks, is a plausible spelling variant or informal form of a word it
// has, and returns that word. Such a word is never corrected: both spellings are right.
func (c *Corrector) variantOf(lw string) (string, bool) {
	for _, p := range variantRewrites {
		if v, ok := c.rewriteKnown(lw, p[0], p[1]); ok {
			return v, true
		}
		if v, ok := c.rewriteKnown(lw, p[1], p[0]); ok {
			return v, true
		}
	}
	for _, p := range variantEnds {
		if stem, ok := strings.CutSuffix(lw, p[0]); ok && len(stem) >= 4 && c.lex.Count(stem+p[1]) >= variantMinCount {
			return stem + p[1], true
		}
	}
	// An informal "-ie" form of a common word ("tradie", "footie").
	if stem, ok := strings.CutSuffix(lw, "ie"); ok && len(stem) >= 4 {
		for _, v := range [...]string{stem + "e", stem} {
			if c.lex.Count(v) >= diminutiveMinCount {
				return v, true
			}
		}
	}
	return "", false
}

// diminutiveMinCount is the count a word needs for its "-ie" form to be
// taken as right.
const diminutiveMinCount = 1_000_000

// rewriteKnown tries lw with each occurrence of from replaced by to, and
// returns the first result the lexicon knows well enough.
func (c *Corrector) rewriteKnown(lw, from, to string) (string, bool) {
	if from == "" {
		return "", false
	}
	for i := 0; ; {
		k := strings.Index(lw[i:], from)
		if k < 0 {
			return "", false
		}
		k += i
		v := lw[:k] + to + lw[k+len(from):]
		if len(v) >= 4 && c.lex.Count(v) >= variantMinCount {
			return v, true
		}
		i = k + 1
	}
}

// titleWord returns w with its first letter in upper case.
func titleWord(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}

// lowerOfName returns the capitalised form of the lower-case word lw when
// the lexicon knows the word only capitalised ("tories" for "Tories",
// "pinot" for "Pinot"). Such a word is not turned into another word by a
// substitution ("stories"), nor changed in case alone: it is reported.
// Splitting it may still be right ("ina" is "in a", not "Ina").
func (c *Corrector) lowerOfName(lw string) (string, bool) {
	title := titleWord(lw)
	return title, title != lw && c.lex.Count(title) > 0
}
