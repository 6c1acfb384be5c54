package spell

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/copyedit/copyedit/dict"
)

// testLexicon is a small lexicon built in tests.
type testLexicon struct {
	words    map[string]uint64
	bigrams  map[[2]string]uint64
	variants map[string][]dict.Variant
}

func (l *testLexicon) Count(w string) uint64 { return l.words[w] }

func (l *testLexicon) Known(w string) bool {
	if _, ok := l.words[w]; ok {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		_, ok := l.words[string(unicode.ToLower(r))+w[size:]]
		return ok
	}
	return false
}

// Attested reports false: a test lexicon has no tier of rare words.
func (l *testLexicon) Attested(string) bool { return false }

func (l *testLexicon) Bigram(a, b string) uint64 { return l.bigrams[[2]string{a, b}] }

func (l *testLexicon) Bigrams() iter.Seq2[[2]string, uint64] {
	keys := make([][2]string, 0, len(l.bigrams))
	for k := range l.bigrams {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return func(yield func([2]string, uint64) bool) {
		for _, k := range keys {
			if !yield(k, l.bigrams[k]) {
				return
			}
		}
	}
}

func (l *testLexicon) Variants(w string) []dict.Variant { return l.variants[w] }

func (l *testLexicon) All() iter.Seq2[string, uint64] {
	keys := make([]string, 0, len(l.words))
	for w := range l.words {
		keys = append(keys, w)
	}
	slices.SortFunc(keys, cmp.Compare)
	return func(yield func(string, uint64) bool) {
		for _, w := range keys {
			if !yield(w, l.words[w]) {
				return
			}
		}
	}
}

// newTestLexicon parses "word count" lines and "a b count" bigram lines.
func newTestLexicon(t testing.TB, text string) *testLexicon {
	t.Helper()
	l := &testLexicon{words: map[string]uint64{}, bigrams: map[[2]string]uint64{}, variants: map[string][]dict.Variant{}}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		switch len(f) {
		case 0:
		case 2:
			n, err := strconv.ParseUint(f[1], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			l.words[f[0]] = n
		case 3:
			n, err := strconv.ParseUint(f[2], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			l.bigrams[[2]string{f[0], f[1]}] = n
		default:
			t.Fatalf("bad test lexicon line %q", line)
		}
	}
	return l
}

// englishLexicon returns the built-in lexicon.
func englishLexicon(t testing.TB) *dict.Lexicon {
	t.Helper()
	lex, err := dict.English()
	if err != nil {
		t.Fatal(err)
	}
	return lex
}
