package dict

import (
	"runtime"
	"sync"
	"testing"
)

// BenchmarkLoad measures building the built-in lexicon from the embedded
// data, what English does on its first call.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(wordsTxt) + len(countsBin) + len(bigramsBin)))
	for b.Loop() {
		if _, err := newTable(wordsTxt, countsBin, bigramsBin, variantsTxt); err != nil {
			b.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	t, _ := newTable(wordsTxt, countsBin, bigramsBin, variantsTxt)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(t)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heapMB")
}

var sink bool

func benchKnown(b *testing.B, words []string) {
	l, err := English()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink = l.Known(words[i%len(words)])
	}
}

func BenchmarkKnown(b *testing.B) {
	b.Run("exact", func(b *testing.B) {
		benchKnown(b, []string{"the", "government", "colour", "London", "internationalization", "of", "skepticism", "NASA"})
	})
	b.Run("capitalised", func(b *testing.B) { benchKnown(b, []string{"The", "Government", "LONDON", "Colour"}) })
	b.Run("unknown", func(b *testing.B) { benchKnown(b, []string{"teh", "goverment", "qzxv", "recieve"}) })
}

func BenchmarkBigram(b *testing.B) {
	l, err := English()
	if err != nil {
		b.Fatal(err)
	}
	pairs := [][2]string{{"of", "the"}, {"in", "London"}, {"the", "government"}, {"colour", "of"}}
	var n uint64
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		n += l.Bigram(p[0], p[1])
	}
	_ = n
}

func BenchmarkAll(b *testing.B) {
	l, err := English()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var n uint64
		for _, c := range l.All() {
			n += c
		}
		_ = n
	}
}

func BenchmarkVariants(b *testing.B) {
	l, err := English()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"colour", "organize", "the", "defence"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = l.Variants(words[i%len(words)])
	}
}

// BenchmarkEntryBigram measures pairs of entries found once, as real_words
// asks for them: common words with each other, most pairs absent.
func BenchmarkEntryBigram(b *testing.B) {
	l, err := English()
	if err != nil {
		b.Fatal(err)
	}
	var es []Entry
	for _, w := range []string{"the", "of", "to", "and", "in", "for", "was", "had", "it", "is",
		"on", "at", "from", "form", "then", "than", "government", "city", "said", "people"} {
		e, _, ok := l.Entry(w)
		if !ok {
			b.Fatal(w)
		}
		es = append(es, e)
	}
	var n uint64
	for i := 0; b.Loop(); i++ {
		n += l.EntryBigram(es[i%len(es)], es[(i/len(es))%len(es)])
	}
	_ = n
}

// BenchmarkPairIndex measures building the hash table of the pairs that
// EntryBigram and EntryBigramMax build on first use; B/op is what it holds.
func BenchmarkPairIndex(b *testing.B) {
	t, err := newTable(wordsTxt, countsBin, bigramsBin, variantsTxt)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		t.pairOnce = sync.Once{}
		t.pairs()
	}
}
