package spell

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// familyRewrites are the alternations by which whole families of correct
// English spellings differ ("colour"/"color", "realise"/"realize",
// "analyse"/"analyze", "centre"/"center", "catalogue"/"catalog",
// "defence"/"defense"). Each is tried both ways, but a rewrite counts only
// where the lexicon's variant data show that the word's own family
// alternates that way (see [Corrector.familyAlternates]): the same letters
// are far more often a slip ("jorney" is not a variant of "journey", nor
// "advize" of "advise").
var familyRewrites = [...][2]string{
	{"our", "or"}, {"ise", "ize"}, {"isa", "iza"}, {"yse", "yze"}, {"tre", "ter"},
	{"ogue", "og"}, {"ence", "ense"},
}

// familyEndings are the endings after an alternation under which the
// variant data are searched for the word's family: "colour" + "ful",
// "realis" + "ation", "centre" + "d".
var familyEndings = [...]string{
	"", "s", "d", "r", "rs", "ed", "er", "ers", "ing", "ings", "al", "ful",
	"fully", "ite", "ites", "ited", "less", "able", "ably", "ly", "ist",
	"ists", "ism", "y", "tion", "tions", "ation", "ations",
}

// variantMinCount is the count the known spelling must have for an unknown
// word to be taken as its variant: the pattern must lead to a real, common
// word, not to a rare one a slip happens to reach.
const variantMinCount = 10_000

// variantMinLen is the length, in bytes, below which a word is never taken
// for a classical-digraph or "-ie" variant: short words are too near too
// many others ("haers", "shoed").
const variantMinLen = 6

// variantOf reports whether the lower-case word lw, which the lexicon
// lacks, is a plausible spelling variant or informal form of a word it
// has, and returns that word. Such a word is never corrected: both
// spellings are right. Each alternation is tried only where real variants
// show it, so that plain slips are still corrected.
func (c *Corrector) variantOf(lw string) (string, bool) {
	for _, p := range familyRewrites {
		if v, ok := c.familyRewrite(lw, p[0], p[1]); ok {
			return v, true
		}
		if v, ok := c.familyRewrite(lw, p[1], p[0]); ok {
			return v, true
		}
	}
	if v, ok := c.digraphVariant(lw); ok {
		return v, true
	}
	if v, ok := c.endingVariant(lw); ok {
		return v, true
	}
	// An informal "-ie" form of a common word ("tradie", "footie"), unless
	// the word with "-y" is known: then "-ie" is a slip ("partie").
	if stem, ok := strings.CutSuffix(lw, "ie"); ok && len(lw) >= variantMinLen && c.lex.Count(stem+"y") == 0 {
		for _, v := range [...]string{stem + "e", stem} {
			if c.lex.Count(v) >= diminutiveMinCount {
				return v, true
			}
		}
	}
	// A word a curated dictionary lists (the lexicon's attested tier) may
	// take any of the alternations.
	if c.lex.Attested(lw) {
		for _, p := range familyRewrites {
			if v, ok := c.rewriteKnown(lw, p[0], p[1]); ok {
				return v, true
			}
			if v, ok := c.rewriteKnown(lw, p[1], p[0]); ok {
				return v, true
			}
		}
	}
	return "", false
}

// diminutiveMinCount is the count a word needs for its "-ie" form to be
// taken as right.
const diminutiveMinCount = 1_000_000

// familyRewrite tries lw with each occurrence of from replaced by to, and
// returns the first result the lexicon knows well enough whose family
// alternates between from and to. The alternation must follow a stem of
// two letters or more and be followed by nothing or by one of the
// [familyEndings]: "-our" alternates in "colourful", not in "journey" or
// "glamourous" (English drops the "u" before "-ous").
func (c *Corrector) familyRewrite(lw, from, to string) (string, bool) {
	for i := 0; ; {
		k := strings.Index(lw[i:], from)
		if k < 0 {
			return "", false
		}
		k += i
		rest := lw[k+len(from):]
		v := lw[:k] + to + rest
		if k >= 2 && slices.Contains(familyEndings[:], rest) && len(v) >= 4 &&
			c.lex.Count(v) >= variantMinCount && (sToZ(from, to) || c.familyAlternates(lw[:k], from, to)) {
			return v, true
		}
		i = k + 1
	}
}

// sToZ reports whether the rewrite from -> to turns a British "-ise",
// "-isa-" or "-yse" into the "-ize", "-iza-" or "-yze" the lexicon lists:
// every "-ize" word may be spelled with "-ise" ("weaponise",
// "deprioritise"), but not every "-ise" word with "-ize" ("advise",
// "exercise", "surprise"), so only that direction needs no family.
func sToZ(from, to string) bool {
	return strings.Contains(from, "s") && strings.Contains(to, "z")
}

// familyAlternates reports whether the family of words on stem is spelled
// both ways, with x and with y, for one of the [familyEndings]: the
// lexicon's variant data hold a group with both spellings ("col" with
// "our"/"or": colour/color), or the lexicon knows both bare words
// ("demean" with "our"/"or": demeanour, demeanor).
func (c *Corrector) familyAlternates(stem, x, y string) bool {
	// The bare words, not any inflection: "scoured" and "scored" are
	// both words, but "scor" is not a spelling of "scour".
	if c.lex.Count(stem+x) > 0 && c.lex.Count(stem+y) > 0 {
		return true
	}
	for _, e := range familyEndings {
		for _, w := range [...]string{stem + x + e, stem + y + e} {
			vs := c.lex.Variants(w)
			hasX, hasY := "", ""
			for _, v := range vs {
				switch {
				case strings.HasPrefix(v.Word, stem+x) && hasX == "":
					hasX = v.Word
				case strings.HasPrefix(v.Word, stem+y) && hasY == "":
					hasY = v.Word
				}
			}
			if hasX != "" && hasY != "" && hasX != hasY {
				return true
			}
		}
	}
	return false
}

// digraphVariant reports whether lw is the classical spelling, with "oe"
// or "ae", of a word the lexicon has with "e" ("foetus", "mediaeval",
// "haemoglobin", "oestrogen"). The digraph must stand in a root: followed
// by a consonant, not among the last three letters (where a stray vowel
// makes "-oed", "-aed" or "-oese"), after a consonant, an "i" or the start
// of the word, and its first letter must not be a key next to the letter
// before it (a stray key: "saeven", "poenis").
func (c *Corrector) digraphVariant(lw string) (string, bool) {
	if len(lw) < variantMinLen {
		return "", false
	}
	for k := 0; k+2 < len(lw)-2; k++ {
		if (lw[k] != 'o' && lw[k] != 'a') || lw[k+1] != 'e' || isVowelByte(lw[k+2]) || !isLetterByte(lw[k+2]) {
			continue
		}
		if k > 0 {
			prev := lw[k-1]
			if !isLetterByte(prev) || (isVowelByte(prev) && prev != 'i') || nearKeys(rune(prev), rune(lw[k])) {
				continue
			}
		}
		v := lw[:k] + lw[k+1:]
		if c.lex.Count(v) >= variantMinCount {
			return v, true
		}
	}
	return "", false
}

// endingVariant reports whether lw ends as a variant spelling ends, with
// the word the lexicon has: "-gramme" for "-gram" ("kilogramme": "-mme"
// after four letters or more, so not "rhymme"), "-xe" for "-x" ("annexe")
// and "-exion" for "-ection" ("connexion", "inflexion"), each also with a
// plural "-s".
func (c *Corrector) endingVariant(lw string) (string, bool) {
	base, plural := lw, ""
	if b, ok := strings.CutSuffix(lw, "s"); ok {
		base, plural = b, "s"
	}
	type ending struct {
		from, to string
		stem     int // the least length of the rest of the word
	}
	for _, e := range [...]ending{
		{"mme", "m", 4}, {"mme", "me", 4}, {"xe", "x", 4}, {"exion", "ection", 2},
	} {
		stem, ok := strings.CutSuffix(base, e.from)
		if !ok || len(stem) < e.stem {
			continue
		}
		for _, v := range [...]string{stem + e.to + plural, stem + e.to} {
			if c.lex.Count(v) >= variantMinCount {
				return v, true
			}
		}
	}
	return "", false
}

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

// isVowelByte reports whether b is an ASCII vowel letter.
func isVowelByte(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// isLetterByte reports whether b is a lower-case ASCII letter.
func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' }

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

// commonAcronym is the count from which an acronym is common enough to be
// written in lower case in casual text ("tv", "uk", "un", "pdf"); rarer
// ones in lower case are more often slips ("nad" for "and", not "NAD").
const commonAcronym = 30_000_000

// lowerOfAcronym reports whether the lexicon knows the lower-case word lw
// only in capitals, as a common acronym ("tv" for "TV", "un" for "UN"):
// casual text writes those in lower case, and "the tv show" is not "the
// to show".
func (c *Corrector) lowerOfAcronym(lw string) bool {
	upper := strings.ToUpper(lw)
	return upper != lw && c.lex.Count(upper) >= commonAcronym && c.lex.Count(titleWord(lw)) == 0
}
