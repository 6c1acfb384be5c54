package spell

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A wordClass stands for a neighbour the bigram list cannot see as a word:
// a name ("territory fo Russia") or a number ("fo 20 years"). The bigram
// list still knows how often a word goes before or after the class as a
// whole, summed over the class's members that it lists ("to London", "of
// Paris", "two years"), and that is the context such a neighbour gives.
type wordClass uint8

const (
	classNone   wordClass = iota
	className             // a name: a word the lexicon has only capitalised, or a capitalised word it lacks (see nameAt)
	classNumber           // a number written in digits ("20", "2,500", "3.5%")
	numClasses
)

// classWeight discounts the association with a class against that with a
// word: a class is many words, and the list holds only its commonest pairs.
const classWeight = 0.5

// numberWord reports the members of classNumber in the bigram list, which
// has no digits: the cardinals that stand where digits do ("two years", "in
// five"). "one" is left out (a pronoun too: "one of", "no one"), and so are
// "hundred", "thousand", "million", which follow numbers.
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return true
	}
	return false
}

// classCounts are the bigram counts of words with each class: before[k][w]
// is count(w, k), after[k][w] count(k, w); the sums are the class's total
// listed mass on each side, which stands for its unigram count, so that the
// association measures how much more than the average word w goes with the
// class.
type classCounts struct {
	before, after       [numClasses]map[string]uint64
	beforeSum, afterSum [numClasses]float64
}

// classes returns the class bigram counts, derived from the lexicon's bigram
// list on first use.
func (c *Corrector) classes() *classCounts {
	c.classOnce.Do(func() { c.classTab = newClassCounts(c.lex) })
	return c.classTab
}

func newClassCounts(lex lexicon) *classCounts {
	cc := &classCounts{}
	for k := range cc.before {
		cc.before[k] = map[string]uint64{}
		cc.after[k] = map[string]uint64{}
	}
	classOf := func(w string) wordClass {
		switch {
		case w == "" || w[0] >= utf8.RuneSelf:
		case 'A' <= w[0] && w[0] <= 'Z':
			if properOnly(lex, w) {
				return className
			}
		case len(w) >= 3 && len(w) <= 7 && numberWord(w):
			return classNumber
		}
		return classNone
	}
	for p, n := range lex.Bigrams() {
		a, b := classOf(p[0]), classOf(p[1])
		if b != classNone && a == classNone && plainWord(p[0]) {
			cc.before[b][p[0]] += n
			cc.beforeSum[b] += float64(n)
		}
		if a != classNone && b == classNone && plainWord(p[1]) {
			cc.after[a][p[1]] += n
			cc.afterSum[a] += float64(n)
		}
	}
	return cc
}

// properOnly reports whether w is a lexicon entry spelled capitalised whose
// lower-case form the lexicon lacks: a name ("Russia", "London").
func properOnly(lex lexicon, w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) == size {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return lex.Count(strings.ToLower(w)) == 0
}

// plainWord reports whether w is written in lower case: a word the context
// of a class member can be scored for.
func plainWord(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// classAssoc is assoc for a word and a class: how much more (or less) often
// w goes before the class (after, if w follows it) than the average word,
// bounded and discounted by classWeight; 0 where the list has no pair of w
// with the class.
func (c *Corrector) classAssoc(cls wordClass, w string, after bool) float64 {
	if cls == classNone || w == "" {
		return 0
	}
	cw := c.lex.Count(w)
	if cw == 0 {
		return 0
	}
	cc := c.classes()
	n, sum := cc.before[cls][w], cc.beforeSum[cls]
	if after {
		n, sum = cc.after[cls][w], cc.afterSum[cls]
	}
	if n == 0 {
		// Unlike an absent word pair, an absent class pair says nothing:
		// the list holds a class's pairs only where a single member makes
		// them common ("to London" is missing), and numbers only through
		// the words for them ("called 911", not "called two").
		return 0
	}
	expect := float64(cw) * sum / c.vocab.total
	return classWeight * clamp(math.Log(float64(n)/expect), -maxAssoc, maxAssoc)
}

// classBigram returns count(w, cls), or count(cls, w) if after is set.
func (c *Corrector) classBigram(cls wordClass, w string, after bool) uint64 {
	if cls == classNone {
		return 0
	}
	if after {
		return c.classes().after[cls][w]
	}
	return c.classes().before[cls][w]
}

// neighbours returns the context of toks[i]: the word on either side, or,
// where there is none, the class of what stands there.
func (c *Corrector) neighbours(text string, toks []token, st []status, fixed []string, i int) neighbours {
	nb := neighbours{left: c.word(text, toks, st, fixed, i-1, i), right: c.word(text, toks, st, fixed, i+1, i+1)}
	if nb.left == "" {
		switch {
		case numberBefore(text, toks[i].start):
			nb.lcls = classNumber
		case c.nameAt(text, toks, st, fixed, i-1, i):
			nb.lcls = className
		}
	}
	if nb.right == "" {
		switch {
		case numberAfter(text, toks[i].end):
			nb.rcls = classNumber
		case c.nameAt(text, toks, st, fixed, i+1, i+1):
			nb.rcls = className
		}
	}
	return nb
}

// nameAt reports whether toks[j], next to toks[i] (i is the later of the
// two), is a name: a capitalised word that the lexicon has only capitalised
// ("Russia", also opening a sentence), or that it lacks and that does not
// open a sentence ("Kirovohrad"). A capitalised word the lexicon also has in
// lower case is not taken for a name, though it may be one ("China",
// "Berlin", listed as common nouns): in menus and headlines every word is
// capitalised ("connected tv Get news alerts").
func (c *Corrector) nameAt(text string, toks []token, st []status, fixed []string, j, i int) bool {
	if j < 0 || j >= len(toks) || !toks[i].adjacent || toks[i].hyphen || fixed[j] != "" {
		return false
	}
	t := toks[j]
	if t.skip || t.cls != caseTitle || t.runes < 2 {
		return false
	}
	switch st[j] {
	case statusKnown:
		w := text[t.start:t.end]
		return c.properName(w, strings.ToLower(w))
	case statusProtected:
		return !t.initial
	}
	return false
}

// properName reports whether the lexicon has the capitalised word w (or
// its stem before a possessive 's) only capitalised: "Russia", "Russia's";
// not "It's" nor "Berlin" (listed as "berlin"). lw is w in lower case.
func (c *Corrector) properName(w, lw string) bool {
	return !c.lex.Known(cutPossessiveStem(lw)) && c.lex.Known(cutPossessiveStem(w))
}

// numberAfter reports whether a number written in digits follows offset
// end across white space within a line ("fo 20 years"); numberBefore
// whether one ends, followed by white space, at offset start.
func numberAfter(text string, end int) bool {
	s := text[end:]
	gap := len(s) - len(strings.TrimLeft(s, " \t"))
	if gap == 0 {
		return false
	}
	s = s[gap:]
	if i := strings.IndexAny(s, " \t\r\n"); i >= 0 {
		s = s[:i]
	}
	return isNumber(strings.TrimRight(s, `.,;:!?)"'”’`))
}

func numberBefore(text string, start int) bool {
	s := text[:start]
	t := strings.TrimRight(s, " \t")
	if len(t) == len(s) {
		return false
	}
	if i := strings.LastIndexAny(t, " \t\r\n"); i >= 0 {
		t = t[i+1:]
	}
	return isNumber(strings.TrimLeft(t, `("'“‘`))
}

// isNumber reports whether s is a number in digits: digits with inner
// commas or points, and an optional per cent sign ("20", "2,500", "3.5%").
func isNumber(s string) bool {
	s = strings.TrimSuffix(s, "%")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b >= '0' && b <= '9':
		case (b == ',' || b == '.') && i > 0 && i+1 < len(s):
		default:
			return false
		}
	}
	return true
}

// leftSpeaks reports whether the left context of a word says something
// about w: a word stands there, or a class whose association with w the
// bigram list gives (for or against). rightSpeaks is the same for the
// right.
func (c *Corrector) leftSpeaks(nb neighbours, w string) bool {
	return nb.left != "" || c.classAssoc(nb.lcls, w, true) != 0
}

func (c *Corrector) rightSpeaks(nb neighbours, w string) bool {
	return nb.right != "" || c.classAssoc(nb.rcls, w, false) != 0
}
