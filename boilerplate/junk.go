package boilerplate

import (
	"strings"
	"unicode/utf8"
)

// Junk-likeness: how much a stretch of text reads like an outlet talking to
// its reader (appeals, sign-ups, calls to action, links) rather than like
// reporting. Learning and learned removal weigh it beside the repeat count
// and the position, so that a sentence an outlet repeats is removed when it
// reads like junk and kept when it reads like reporting prose (a quote the
// outlet keeps citing, a background paragraph reused in a series).
//
// The score is a sum of capped feature weights, about -0.75 for quoted
// reporting to 2 and more for an appeal:
//
//	+0.45 a sentence opened by an imperative or a call to action (Get, Join, Subscribe, Please ...), at most two
//	+0.3  a call-to-action word anywhere (newsletter, donate, subscribe, click, app, please ...), at most three
//	+0.6  at most, second person (you, your) by density
//	+0.3  at most, first person plural (we, our, us) by density
//	+0.6  a link, handle or e-mail address (www., https://, @name, #tag, x.com)
//	+0.3  four or more words with very few function words (taglines, menus)
//	-0.45 a reporting verb (said, told, according ...)
//	-0.3  quotation marks

// Token feature flags.
const (
	fStop   = 1 << iota // an English function word
	fYou                // second person
	fWe                 // first person plural
	fCTA                // a call-to-action word
	fImper              // an imperative or call to action opening a sentence
	fLink               // a link, handle or e-mail address
	fReport             // a reporting verb
	fQuote              // carries a double quotation mark
)

// token is one white-space separated token of a line.
type token struct {
	start, end int    // byte span in the line
	hash       uint64 // FNV-1a of the normalised word (0 when it has no letters or digits)
	flags      uint8
}

// junkCounts counts token features over a stretch of text.
type junkCounts struct {
	words, stop, you, we, cta, imper, link, report, quote int32
}

func (c *junkCounts) add(t token) {
	if t.hash != 0 {
		c.words++
	}
	f := t.flags
	c.stop += int32(f & fStop)
	c.you += int32(f>>1) & 1
	c.we += int32(f>>2) & 1
	c.cta += int32(f>>3) & 1
	c.imper += int32(f>>4) & 1
	c.link += int32(f>>5) & 1
	c.report += int32(f>>6) & 1
	c.quote += int32(f>>7) & 1
}

func (c junkCounts) sub(d junkCounts) junkCounts {
	return junkCounts{c.words - d.words, c.stop - d.stop, c.you - d.you, c.we - d.we, c.cta - d.cta,
		c.imper - d.imper, c.link - d.link, c.report - d.report, c.quote - d.quote}
}

// score returns the junk-likeness of the counted text.
func (c junkCounts) score() float64 {
	s := c.cueScore()
	if c.words >= 4 && float64(c.stop)/float64(c.words) < 0.15 {
		s += 0.3
	}
	return s
}

// cueScore is score without the stopword-density term: only the words
// that speak to the reader count. Word windows are picked by it, since a
// few words without function words are common in prose (names, numbers).
func (c junkCounts) cueScore() float64 {
	if c.words == 0 && c.link == 0 {
		return 0
	}
	n := float64(max(c.words, 1))
	s := 0.45*float64(min(c.imper, 2)) + 0.3*float64(min(c.cta, 3))
	s += min(0.6, 3*float64(c.you)/n)
	s += min(0.3, 1.5*float64(c.we)/n)
	if c.link > 0 {
		s += 0.6
	}
	if c.report > 0 {
		s -= 0.45
	}
	if c.quote > 0 {
		s -= 0.3
	}
	return s
}

// junkScore returns the junk-likeness of text (see the table above).
func junkScore(text string) float64 {
	var c junkCounts
	for _, t := range tokenize(text, nil) {
		c.add(t)
	}
	return c.score()
}

// tokenize splits s at white space into tokens with their normalised word
// hashes (as segHash normalises) and junk features.
func tokenize(s string, buf []token) []token {
	out := buf[:0]
	sentenceStart := true
	var word [64]byte
	for i := 0; i < len(s); {
		if isSpace(s[i]) || s[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(s) && !isSpace(s[j]) && s[j] != '\n' {
			// A sentence glued to the next without a space ("talks.Get")
			// is two tokens.
			if (s[j] == '.' || s[j] == '!' || s[j] == '?') && j > i && 'a' <= s[j-1] && s[j-1] <= 'z' &&
				j+2 < len(s) && 'A' <= s[j+1] && s[j+1] <= 'Z' && 'a' <= s[j+2] && s[j+2] <= 'z' {
				j++
				break
			}
			j++
		}
		raw := s[i:j]
		t := token{start: i, end: j}
		// Normalise: letters lower-cased, digits folded, the rest dropped.
		n := 0
		h := uint64(fnvOffset)
		for _, r := range raw {
			r, ok := foldRune(r)
			if !ok {
				continue
			}
			var b [utf8.UTFMax]byte
			k := utf8.EncodeRune(b[:], r)
			for _, x := range b[:k] {
				h = (h ^ uint64(x)) * fnvPrime
				if n < len(word) {
					word[n] = x
				}
				n++
			}
		}
		if n > 0 {
			t.hash = h | 1
			if n <= len(word) {
				t.flags = lexicon[string(word[:n])] // no allocation
				if !sentenceStart {
					t.flags &^= fImper
				}
			}
		}
		if isLink(raw) {
			t.flags |= fLink
		}
		if hasQuote(raw) {
			t.flags |= fQuote
		}
		out = append(out, t)
		if n > 0 || t.flags&fLink != 0 {
			sentenceStart = endsSentence(raw)
		}
		i = j
	}
	return out
}

// endsSentence reports whether a token closes a sentence: its last
// character before closing quotes or brackets is '.', '!', '?' or '…'.
func endsSentence(raw string) bool {
	i := skipClosersBack(raw, len(raw))
	if i == 0 {
		return false
	}
	switch raw[i-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(raw[:i], "…")
}

// skipClosersBack steps back over closing quotes and brackets before i.
func skipClosersBack(s string, i int) int {
	for i > 0 {
		switch {
		case s[i-1] == '"' || s[i-1] == '\'' || s[i-1] == ')' || s[i-1] == ']':
			i--
		case i >= 3 && s[i-3] == 0xE2 && s[i-2] == 0x80 && (s[i-1] == 0x9D || s[i-1] == 0x99):
			i -= 3
		default:
			return i
		}
	}
	return i
}

// hasQuote reports whether raw holds a double quotation mark.
func hasQuote(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] == '"' || raw[i] == 0xE2 && i+2 < len(raw) && raw[i+1] == 0x80 && (raw[i+2] == 0x9C || raw[i+2] == 0x9D) {
			return true
		}
	}
	return false
}

// isLink reports whether a raw token is a link, handle or e-mail address.
func isLink(raw string) bool {
	if strings.IndexByte(raw, '.') < 0 && strings.IndexByte(raw, '@') < 0 && strings.IndexByte(raw, '#') < 0 {
		return false
	}
	raw = strings.Trim(raw, ".,;:!?()[]<>\"'“”‘’")
	if len(raw) < 3 {
		return false
	}
	if strings.Contains(raw, "://") || strings.HasPrefix(strings.ToLower(raw), "www.") {
		return true
	}
	if (raw[0] == '@' || raw[0] == '#') && isASCIILetter(raw[1]) {
		return true
	}
	if k := strings.IndexByte(raw, '@'); k > 0 && k+1 < len(raw) && strings.Contains(raw[k:], ".") {
		return true
	}
	lower := strings.ToLower(raw)
	for _, tld := range []string{".com", ".org", ".net", ".co.uk", ".io", ".news"} {
		if strings.HasSuffix(lower, tld) && len(lower) > len(tld)+1 {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lexicon holds the flags of every word with one: a single lookup a word.
// fImper marks words that are calls to action when they open a sentence.
var lexicon = func() map[string]uint8 {
	m := map[string]uint8{}
	set := func(words map[string]bool, f uint8) {
		for w := range words {
			m[w] |= f
		}
	}
	set(stopwords, fStop)
	set(wordSet("you your yours yourself youre youll youve youd"), fYou)
	set(wordSet("we our us ours"), fWe)
	set(ctaWords, fCTA)
	set(imperatives, fImper)
	set(reportingVerbs, fReport)
	return m
}()

// imperatives open calls to action: "Get the morning briefing", "Join now",
// "Please consider ...". Normalised (apostrophes dropped: "dont").
// Words that also open ordinary sentences as nouns ("Support for the plan",
// "Share prices fell") are left out.
var imperatives = wordSet(`get sign subscribe join follow click tap download read watch listen become
	donate give visit contact email send discover explore learn register log enter please dont
	sponsor buy shop claim unlock upgrade`)

// ctaWords are calls to action and the outlet's business wherever they sit.
var ctaWords = wordSet(`subscribe subscribed subscriber subscribers subscription subscriptions unsubscribe
	donate donation donations donating donor newsletter newsletters inbox click download app apps
	register login signup membership contribute contribution advertisement sponsored support paywall
	podcast briefing please`)

// reportingVerbs mark reporting prose: "..., the minister said".
var reportingVerbs = wordSet(`said says told according added announced reported stated explained warned
	insisted claimed confirmed argued noted acknowledged admitted replied wrote testified`)
