package spell

import (
	"strings"
	"unicode/utf8"
)

// emphasis reports whether w, which the lexicon lacks, is a word drawn out
// for emphasis ("sooo", "Oooh", "yesss", "pleeease", "hmmm") rather than
// one whose doubled letter was typed once too often ("beeen", "suppport",
// "stafff"). A letter written four times or more is emphasis. A letter
// written three times is a slip when the word with it twice is known and
// commoner than the word with it once, unless that word has at most three
// letters: an interjection ("hmm", "ooh", "ahh") drawn out further. A word
// that is known neither way is left to the ranking ("bbblegum").
func (c *Corrector) emphasis(w string) bool {
	lw := strings.ToLower(w)
	for i := 0; i < len(lw); {
		_, size := utf8.DecodeRuneInString(lw[i:])
		j := i + size
		for j < len(lw) && strings.HasPrefix(lw[j:], lw[i:i+size]) {
			j += size
		}
		switch run := (j - i) / size; {
		case run >= 4:
			return true
		case run == 3:
			once := lw[:i+size] + lw[j:]
			twice := lw[:i+2*size] + lw[j:]
			n1, n2 := c.lex.Count(once), c.lex.Count(twice)
			switch {
			case utf8.RuneCountInString(twice) <= 3:
				return true
			case n1 > 0 && n1 >= n2:
				return true
			}
		}
		i = j
	}
	return false
}
