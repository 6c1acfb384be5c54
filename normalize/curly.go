package normalize

import (
	"unicode"
	"unicode/utf8"
)

// curlQuotes sets straight quotes as curly ones, by the rules a typesetter
// uses (rule "quotes"):
//
//   - a quote after the start of a line, a space, an opening bracket, a
//     dash, a slash or another opening quote opens: “ ‘;
//   - any other quote closes: ” ’;
//   - an apostrophe is ’: between letters (don't, O'Neill), before a year
//     ('90s) and in elisions ('n', 'tis, 'em, 'cause, rock 'n' roll);
//   - each paragraph of a quotation that runs over several paragraphs
//     begins with an opening quote, whether or not the one before closed:
//     that falls out of the first rule, as paragraphs start lines.
func curlQuotes(s string, buf []span) (string, []span) {
	i := 0
	for ; i < len(s) && s[i] != '"' && s[i] != '\''; i++ {
	}
	if i == len(s) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	for ; i < len(s); i++ {
		q := s[i]
		if q != '"' && q != '\'' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if i == 0 {
			prev = '\n'
		}
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if i+1 == len(s) {
			next = '\n'
		}
		opening := opensQuote(prev)
		var out string
		if q == '"' {
			out = "”"
			if opening {
				out = "“"
			}
		} else {
			out = "’"
			if opening && !isDigit(next) && !elision(s[i+1:]) {
				out = "‘"
			}
		}
		w.replace(i, i+1, out, "quotes", 0.9)
	}
	return w.result()
}

func opensQuote(prev rune) bool {
	switch prev {
	case '(', '[', '{', '<', '“', '‘', '«', '/', '-', '–', '—':
		return true
	}
	return unicode.IsSpace(prev)
}

// elision reports whether s (the text after an apostrophe) begins a word
// that English writes with a leading apostrophe.
func elision(s string) bool {
	for _, w := range [...]string{"n'", "n’", "n ", "tis", "twas", "em", "cause", "til", "bout", "cos"} {
		if len(s) >= len(w) && equalFold(s[:len(w)], w) {
			rest := s[len(w):]
			if w[len(w)-1] == '\'' || w[len(w)-1] == ' ' || len(w) > 2 && w[len(w)-2:] == "’" {
				return true
			}
			if rest == "" || !isLetter(rune(rest[0])) {
				return true
			}
		}
	}
	return false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
