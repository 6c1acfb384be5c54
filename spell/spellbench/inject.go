package spellbench

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Lexicon says how common a word is; 0 means it is not a word.
// *dict.Lexicon satisfies it (its Count is exact: lower-case words are
// looked up as they are).
type Lexicon interface {
	Count(word string) uint64
}

// Injection defaults.
const (
	// DefaultRate is the share of eligible words damaged: about one word
	// in twenty.
	DefaultRate = 0.05
	// DefaultSwapShare is the share of damaged words swapped for another
	// common word (Kind Swap) instead of mistyped.
	DefaultSwapShare = 0.15
	// SwapMinCount is the smallest lexicon count of a word a Swap puts in:
	// a common word, as the confusions writers make are ("form", "than").
	SwapMinCount = 10_000_000
)

// InjectOptions configure an Injector. The zero value means the defaults.
type InjectOptions struct {
	// Seed seeds the generator: the same seed, options, lexicon and texts
	// give the same damage, byte for byte.
	Seed uint64
	// Rate is the share, in (0, 1], of eligible words damaged; 0 (or any
	// value not above 0) means DefaultRate, and a value above 1 means 1.
	Rate float64
	// SwapShare is the share, in [0, 1], of damaged words swapped for
	// another common word rather than mistyped; 0 means DefaultSwapShare,
	// a negative value means none.
	SwapShare float64
}

// typing weighs the kinds of typing error (every Kind but Swap), in
// percent: slips of a finger over a word are the commonest, space errors
// rarer.
var typing = [...]struct {
	kind   Kind
	weight uint64
}{
	{Drop, 22}, {Double, 10}, {Transpose, 14}, {Neighbor, 22}, {Insert, 12},
	{SpaceLetter, 5}, {RunOn, 8}, {Split, 7},
}

// An Injector damages clean text with realistic typing errors.
//
// A word is eligible when it is a lexicon word of two or more lower-case
// ASCII letters standing alone between spaces (punctuation around it is
// kept): names, capitalised words, contractions, hyphenated compounds and
// words with digits are never damaged. Each eligible word is damaged with
// probability Rate, unless the word before it was damaged, so damage is
// never adjacent: every damaged word has clean neighbours on both sides.
//
// An Injector draws from one generator (PCG, seeded by Seed, with bounded
// integers derived from its raw output alone), so a sequence of Inject calls
// is deterministic across runs and Go versions. It is not safe for
// concurrent use.
type Injector struct {
	lex   Lexicon
	rate  float64
	swap  float64
	rng   *rand.PCG
	total uint64 // sum of the typing weights
}

// NewInjector returns an Injector that checks words against lex.
func NewInjector(lex Lexicon, opts InjectOptions) *Injector {
	in := &Injector{lex: lex, rate: opts.Rate, swap: opts.SwapShare,
		rng: rand.NewPCG(opts.Seed, 0x636f70796564697)} // "copyedi"
	if !(in.rate > 0) { // NaN too
		in.rate = DefaultRate
	}
	if in.rate > 1 {
		in.rate = 1
	}
	switch {
	case in.swap == 0 || in.swap != in.swap: // NaN: the default
		in.swap = DefaultSwapShare
	case in.swap < 0:
		in.swap = 0
	case in.swap > 1:
		in.swap = 1
	}
	for _, t := range typing {
		in.total += t.weight
	}
	return in
}

// intn returns a number in [0, n) from the generator's next output
// (Lemire's multiply-high, without rejection: the bias is below 2⁻⁵⁰).
func (in *Injector) intn(n int) int {
	hi, _ := bits.Mul64(in.rng.Uint64(), uint64(n))
	return int(hi)
}

// float returns a number in [0, 1).
func (in *Injector) float() float64 {
	return float64(in.rng.Uint64()>>11) / (1 << 53)
}

// A chunk is one white-space-delimited piece of text and the word inside
// its surrounding punctuation.
type chunk struct {
	start, end         int // the chunk
	coreStart, coreEnd int // the word: the chunk less leading and trailing punctuation
}

// chunks splits text at white space.
func chunks(text string) []chunk {
	var out []chunk
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		c := chunk{start: i, end: j, coreStart: i, coreEnd: j}
		for c.coreStart < c.coreEnd {
			r, n := utf8.DecodeRuneInString(text[c.coreStart:c.coreEnd])
			if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
				break
			}
			c.coreStart += n
		}
		for c.coreEnd > c.coreStart {
			r, n := utf8.DecodeLastRuneInString(text[c.coreStart:c.coreEnd])
			if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
				break
			}
			c.coreEnd -= n
		}
		out = append(out, c)
		i = j
	}
	return out
}

// lowerASCII reports whether w is non-empty and all a–z.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// Inject damages text and returns it with the list of damage.
func (in *Injector) Inject(text string) *Damaged {
	cs := chunks(text)
	d := &Damaged{Clean: text}
	var b strings.Builder
	b.Grow(len(text) + len(text)/20)
	copied := 0 // text[:copied] has been written to b
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		w := text[c.coreStart:c.coreEnd]
		if len(w) < 2 || !lowerASCII(w) || in.lex.Count(w) == 0 {
			continue
		}
		if in.float() >= in.rate {
			continue
		}
		var next *chunk
		if i+1 < len(cs) && c.coreEnd == c.end && text[c.end:cs[i+1].start] == " " {
			n := cs[i+1]
			if n.coreStart == n.start && lowerASCII(text[n.start:n.coreEnd]) && in.lex.Count(text[n.start:n.coreEnd]) > 0 {
				next = &n
			}
		}
		dm, ok := in.damage(text, c, next)
		if !ok {
			continue
		}
		right := i + 1
		if dm.Kind == RunOn || dm.Kind == SpaceLetter {
			right++
		}
		dm.NearCapital = (i > 0 && capitalised(text, cs[i-1])) || (right < len(cs) && capitalised(text, cs[right]))
		b.WriteString(text[copied:dm.Start])
		dm.DStart = b.Len()
		b.WriteString(dm.Damaged)
		dm.DEnd = b.Len()
		copied = dm.End
		d.Damages = append(d.Damages, dm)
		if dm.Kind == RunOn || dm.Kind == SpaceLetter {
			i++ // the next word is part of this damage
		}
		i++ // the word after a damage stays clean
	}
	b.WriteString(text[copied:])
	d.Text = b.String()
	return d
}

// damage damages the word of c (with the word of next, if not nil, for a
// space error); ok is false when the drawn kinds do not apply to it.
func (in *Injector) damage(text string, c chunk, next *chunk) (Damage, bool) {
	w := text[c.coreStart:c.coreEnd]
	dm := Damage{Start: c.coreStart, End: c.coreEnd, Original: w}
	if in.swap > 0 && in.float() < in.swap {
		s, ok := in.swapWord(w)
		if !ok {
			return dm, false
		}
		dm.Kind, dm.Damaged, dm.Real = Swap, s, true
		return dm, true
	}
	for try := 0; try < 4; try++ {
		k := in.kind()
		var out string
		switch k {
		case RunOn, SpaceLetter:
			if next == nil {
				continue
			}
			nw := text[next.coreStart:next.coreEnd]
			sep := ""
			if k == SpaceLetter {
				sep = string(spaceKeys[in.intn(len(spaceKeys))])
			}
			dm.End, dm.Original = next.coreEnd, text[c.coreStart:next.coreEnd]
			out = w + sep + nw
		default:
			out = in.mistype(k, w)
		}
		if out == "" || out == w {
			continue
		}
		dm.Kind, dm.Damaged = k, out
		dm.Real = in.real(out)
		return dm, true
	}
	return dm, false
}

// kind draws a typing error by its weight.
func (in *Injector) kind() Kind {
	x := uint64(in.intn(int(in.total)))
	for _, t := range typing {
		if x < t.weight {
			return t.kind
		}
		x -= t.weight
	}
	return Neighbor
}

// mistype applies a one-word typing error of kind k to w, or returns "" if
// it does not apply.
func (in *Injector) mistype(k Kind, w string) string {
	n := len(w)
	switch k {
	case Drop:
		if n < 3 {
			return ""
		}
		i := in.intn(n)
		return w[:i] + w[i+1:]
	case Double:
		i := in.intn(n)
		return w[:i+1] + w[i:]
	case Transpose:
		var at []int
		for i := 0; i+1 < n; i++ {
			if w[i] != w[i+1] {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			return ""
		}
		i := at[in.intn(len(at))]
		return w[:i] + string([]byte{w[i+1], w[i]}) + w[i+2:]
	case Neighbor:
		i := in.intn(n)
		nb := neighbors(w[i])
		return w[:i] + string(nb[in.intn(len(nb))]) + w[i+1:]
	case Insert:
		i := in.intn(n)
		nb := neighbors(w[i])
		key := string(nb[in.intn(len(nb))])
		if in.intn(2) == 0 {
			return w[:i] + key + w[i:]
		}
		return w[:i+1] + key + w[i+1:]
	case Split:
		if n < 4 {
			return ""
		}
		i := 2 + in.intn(n-3) // both parts at least two letters
		return w[:i] + " " + w[i:]
	}
	return ""
}

// capitalised reports whether the word of c begins with an upper-case
// letter.
func capitalised(text string, c chunk) bool {
	r, _ := utf8.DecodeRuneInString(text[c.coreStart:c.coreEnd])
	return unicode.IsUpper(r)
}

// real reports whether a damaged form is made of lexicon words.
func (in *Injector) real(s string) bool {
	for _, f := range strings.Fields(s) {
		if in.lex.Count(f) == 0 {
			return false
		}
	}
	return true
}

// swapWord returns a common word one edit (OSA) from w, drawn evenly
// among all such words in sorted order.
func (in *Injector) swapWord(w string) (string, bool) {
	cands := edits1(w)
	cands = slices.DeleteFunc(cands, func(s string) bool {
		return len(s) < 2 || s == w || in.lex.Count(s) < SwapMinCount
	})
	if len(cands) == 0 {
		return "", false
	}
	return cands[in.intn(len(cands))], true
}

// edits1 returns the lower-case strings one deletion, transposition,
// substitution or insertion from w, sorted and without repeats.
func edits1(w string) []string {
	var out []string
	for i := 0; i <= len(w); i++ {
		if i < len(w) {
			out = append(out, w[:i]+w[i+1:])
		}
		if i+1 < len(w) {
			out = append(out, w[:i]+string([]byte{w[i+1], w[i]})+w[i+2:])
		}
		for c := byte('a'); c <= 'z'; c++ {
			if i < len(w) {
				out = append(out, w[:i]+string(c)+w[i+1:])
			}
			out = append(out, w[:i]+string(c)+w[i:])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
