package spell

import (
	"os"
	"slices"
	"testing"
	"time"
)

// BenchmarkCleanText measures the stage on clean news text, the common case:
// every word is looked up, none needs candidates.
func BenchmarkCleanText(b *testing.B) {
	text, err := os.ReadFile("testdata/clean_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	c := corrector(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		c.Correct(string(text))
	}
}

// typos are misspellings of the project's choosing, of the kinds the issue
// names.
var typos = []string{
	"signifiant", "thorugh", "susprise", "goverment", "accomodate", "untill", "recieve",
	"beleive", "comittee", "happend", "wierd", "definately", "seperate", "occured",
	"tommorow", "acheive", "begining", "calender", "existance", "independant",
	"neccessary", "publically", "resistence", "truely", "wich", "becuase", "freind",
	"goverments", "parliment", "embarassed", "minstry", "spokesman", "electon", "minster",
	"econmy", "inflaton", "ceasfire", "milatary", "negotations", "diplomtic",
}

// BenchmarkMisspelledWord measures one misspelled word corrected in a short
// sentence, with the index built; it reports the median as well as the mean.
func BenchmarkMisspelledWord(b *testing.B) {
	c := corrector(b)
	c.Prepare()
	texts := make([]string, len(typos))
	for i, w := range typos {
		texts[i] = "they said " + w + " today"
	}
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		c.Correct(texts[i%len(texts)])
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds())/1e3, "µs-median")
}

// BenchmarkSuggest measures isolated-word suggestions (the evaluation's
// path), with the index built.
func BenchmarkSuggest(b *testing.B) {
	c := corrector(b)
	c.Prepare()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c.Suggest(typos[i%len(typos)], 5)
	}
}

// BenchmarkPrepare measures building the vocabulary and the symmetric-delete
// index from the lexicon.
func BenchmarkPrepare(b *testing.B) {
	lex := englishLexicon(b)
	for b.Loop() {
		c, _ := New(lex, Options{})
		c.Prepare()
	}
}

// BenchmarkCleanTextRealWords is BenchmarkCleanText with real_words on.
func BenchmarkCleanTextRealWords(b *testing.B) {
	text, err := os.ReadFile("testdata/clean_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(englishLexicon(b), Options{RealWords: true})
	if err != nil {
		b.Fatal(err)
	}
	c.Prepare()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		c.Correct(string(text))
	}
}

// BenchmarkClassCounts measures deriving the bigram counts of words with
// names and numbers from the lexicon's bigram list (done once, on first
// need).
func BenchmarkClassCounts(b *testing.B) {
	lex := englishLexicon(b)
	for b.Loop() {
		newClassCounts(lex)
	}
}
