package spell

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// caseClass is the capitalisation of a word.
type caseClass uint8

const (
	caseLower caseClass = iota // "word"
	caseTitle                  // "Word", also "I"
	caseUpper                  // "WORD"
	caseMixed                  // "iPhone", "McDonald"
)

// A token is one word of the text: letters with internal apostrophes.
// Hyphens split compounds into separate tokens.
type token struct {
	start, end int
	cls        caseClass
	runes      int
	initial    bool       // first word of a sentence (or of the text, or after a blank line)
	abbrev     abbrevKind // after an abbreviation that may end a sentence, or an initial: openers decides
	ambiguous  bool       // a capitalised unknown word after abbrev: a name or a slip opening a sentence
	skip       bool       // inside a URL, address, handle, hashtag, file name or code
	adjacent   bool       // only white space separates it from the previous token
	hyphen     bool       // joined to the previous token by a hyphen
	spaced     bool       // exactly one ASCII space separates it from the previous token
}

// isApostrophe reports the apostrophes allowed inside a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// decode is utf8.DecodeRuneInString with a fast path for ASCII.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// codeByte marks the ASCII bytes that make a chunk code-like.
var codeByte = func() (t [utf8.RuneSelf]bool) {
	for _, b := range []byte("@_/\\=<>{}[]|~`^*$%+#&0123456789") {
		t[b] = true
	}
	return t
}()

// codeLike reports whether a white-space-delimited chunk is something other
// than prose: a URL, e-mail address, @handle, #hashtag, file name, number,
// abbreviation with dots, command-line option, or code. Square brackets
// around words are punctuation (editorialBrackets); elsewhere they are code.
func codeLike(chunk string) bool {
	open, close := -1, -1
	// Most chunks start with a letter and hold no bracket or colon: then
	// they are no option, hold no "()" or "::" and no editorial bracket,
	// and only the scan below can find code in them.
	if !plainChunk(chunk) {
		if isOption(chunk) || strings.Contains(chunk, "()") || strings.Contains(chunk, "::") {
			return true
		}
		open, close = editorialBrackets(chunk)
	}
	prevLetter := false
	for i := 0; i < len(chunk); i++ {
		b := chunk[i]
		if i == open || i == close {
			prevLetter = false
			continue
		}
		if b >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(chunk[i:])
			if unicode.IsDigit(r) {
				return true
			}
			prevLetter = isWordRune(r)
			i += size - 1
			continue
		}
		if codeByte[b] {
			return true
		}
		if b == '.' && prevLetter && i+1 < len(chunk) {
			next, _ := decode(chunk[i+1:])
			if isWordRune(next) {
				return true
			}
		}
		prevLetter = isWordRune(rune(b))
	}
	return false
}

// plainChunk reports whether chunk starts with an ASCII letter and holds
// no bracket, parenthesis or colon.
func plainChunk(chunk string) bool {
	if chunk == "" || 'a' > chunk[0]|0x20 || chunk[0]|0x20 > 'z' {
		return false
	}
	for i := 1; i < len(chunk); i++ {
		switch chunk[i] {
		case '[', ']', '(', ')', ':':
			return false
		}
	}
	return true
}

// editorialBrackets returns the offsets in chunk of the square brackets an
// editor puts around words of a quotation ("[the", "goverment]", "[sic],"),
// punctuation like parentheses: a single "[" at the start of the chunk,
// after any opening quotation marks or parentheses, and a single "]" at its
// end, before any closing punctuation; -1 where there is none. Brackets
// elsewhere ("a[i]", "arr[0]") or doubled ("[[wiki]]") are code, and so is
// what stands between them unless it is prose (codeLike).
func editorialBrackets(chunk string) (open, close int) {
	open, close = -1, -1
	rest := strings.TrimLeft(chunk, "\"'“‘«(")
	if i := len(chunk) - len(rest); strings.HasPrefix(rest, "[") && !strings.HasPrefix(rest, "[[") {
		open = i
	}
	body := strings.TrimRight(chunk, ".,;:!?\"'”’»)")
	if n := len(body); n > 0 && body[n-1] == ']' && (n < 2 || body[n-2] != ']') && n-1 != open {
		close = n - 1
	}
	return open, close
}

// isOption reports whether chunk, after any opening quotation marks or
// parentheses, is a command-line option: one or two ASCII hyphens followed
// by a letter ("--verbose", "-rf", "“--force”", "(-v)"). A dash standing alone (" - ") or
// inside a word ("well-known") is prose, and so is a dash that is not an
// ASCII hyphen ("—and").
func isOption(chunk string) bool {
	rest := strings.TrimLeft(chunk, "\"'“‘«(")
	d := strings.TrimPrefix(rest, "-")
	if len(d) == len(rest) {
		return false
	}
	d = strings.TrimPrefix(d, "-")
	r, _ := decode(d)
	return isWordRune(r)
}

// tokenize appends the words of text to dst.
func tokenize(text string, dst []token) []token {
	sentStart := true
	afterAbbrev := abbrevNone // sentStart is pending on the word (see openers)
	newlines := 0
	gapSpace := true // only white space since the previous token
	spaces := 0      // ASCII spaces since the previous token (-1 if anything else)
	hyphen := false
	for i := 0; i < len(text); {
		r, size := decode(text[i:])
		if isSpace(r) {
			if r == '\n' {
				newlines++
				if newlines >= 2 {
					sentStart, afterAbbrev = true, abbrevNone
				}
			}
			if r == ' ' && spaces >= 0 {
				spaces++
			} else {
				spaces = -1
			}
			i += size
			continue
		}
		// A chunk runs to the next white space.
		end := i
		for end < len(text) {
			r, size := decode(text[end:])
			if isSpace(r) {
				break
			}
			end += size
		}
		chunk := text[i:end]
		skip := codeLike(chunk)
		for j := i; j < end; {
			r, size := decode(text[j:])
			if !isWordRune(r) {
				switch {
				case (r == '.' || r == '!' || r == '?' || r == '…' || r == ':') && (!skip || j+size == end):
					// Inside a URL or file name a dot ends nothing, nor
					// does one after a title or an initial ("Dr. Yoo").
					sentStart, afterAbbrev = true, abbrevNone
					if r == '.' {
						switch k := abbreviation(text[i:j]); k {
						case abbrevName:
							sentStart = false
						case abbrevEnd, abbrevInitial:
							sentStart, afterAbbrev = false, k
						}
					}
				case r == ',' || r == ';':
					// "Acme Inc., Tedros said": the sentence goes on.
					afterAbbrev = abbrevNone
				case r == '-' || r == '‐':
					hyphen = j > i && j+size < end
				}
				if !(r == '-' || r == '‐') {
					hyphen = false
				}
				gapSpace = false
				spaces = -1
				j += size
				continue
			}
			start := j
			n := 0
			for j < end {
				r, size := decode(text[j:])
				if isWordRune(r) {
					j += size
					n++
					continue
				}
				if isApostrophe(r) && j+size < end {
					next, _ := decode(text[j+size:])
					if isWordRune(next) {
						j += size
						continue
					}
				}
				break
			}
			dst = append(dst, token{
				start:    start,
				end:      j,
				cls:      classify(text[start:j]),
				runes:    n,
				initial:  sentStart,
				abbrev:   afterAbbrev,
				skip:     skip,
				adjacent: gapSpace && len(dst) > 0,
				hyphen:   hyphen && len(dst) > 0,
				spaced:   spaces == 1 && len(dst) > 0,
			})
			sentStart, afterAbbrev, gapSpace, hyphen, spaces = false, abbrevNone, true, false, 0
		}
		newlines = 0
		i = end
	}
	return dst
}

// classify returns the capitalisation of w.
func classify(w string) caseClass {
	upper, lower, n := 0, 0, 0
	firstUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			if n == 0 {
				firstUpper = true
			}
			upper++
		case unicode.IsLower(r):
			lower++
		}
		n++
	}
	switch {
	case upper == 0:
		return caseLower
	case lower == 0 && upper == 1 && firstUpper:
		return caseTitle
	case lower == 0:
		return caseUpper
	case upper == 1 && firstUpper:
		return caseTitle
	}
	return caseMixed
}

// recase spells word (a lower-case candidate or a name) in the case class
// of the word it replaces.
func recase(word string, cls caseClass) string {
	switch cls {
	case caseTitle:
		r, size := decode(word)
		if unicode.IsUpper(r) {
			return word
		}
		return string(unicode.ToUpper(r)) + word[size:]
	case caseUpper:
		return strings.ToUpper(word)
	}
	return word
}
