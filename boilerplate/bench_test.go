package boilerplate

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// benchDoc is an article of about n bytes in the style of the seeds: long
// paragraphs, a glued date and appeal at the top, junk lines between them.
func benchDoc(n int) string {
	// Article paragraphs of the test corpus (its appeals left out).
	docs := readCorpus(nil)
	r, _ := New(Options{MaxRemoved: 1})
	var paras []string
	seen := map[string]bool{}
	for _, d := range docs {
		for _, p := range strings.Split(d.text, "\n\n") {
			p = strings.TrimSpace(p)
			// Article prose only: the corpus also has promos glued into
			// paragraphs, for the learning tests.
			if len(p) > 80 && !seen[p] && r.Clean(p).Text == p && junkScore(p) < runJunk {
				seen[p] = true
				paras = append(paras, p)
			}
		}
	}
	var b strings.Builder
	b.WriteString(" date 2025-03-16 Your support helps us to tell the story. Please consider a donation. Read more\n\n")
	for i := 0; b.Len() < n; i++ {
		// Three paragraphs glued into one long line, as scrapes often have.
		fmt.Fprintf(&b, "%s %s %s\n\n", paras[i%len(paras)], paras[(i+3)%len(paras)], paras[(i+7)%len(paras)])
		switch i % 12 {
		case 3:
			b.WriteString("Advertisement\n\n")
		case 7:
			b.WriteString("READ MORE: Council approves new ferry timetable for the winter\n\n")
		case 11:
			b.WriteString("Share this article\n\n")
		}
	}
	return b.String()
}

func BenchmarkRules(b *testing.B) {
	doc := benchDoc(64 << 10)
	r := mustNew(b, Options{MaxRemoved: 1})
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Clean(doc)
	}
}

func BenchmarkPage(b *testing.B) {
	doc := benchDoc(64 << 10)
	r := mustNew(b, Options{Mode: ModePage})
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Clean(doc)
	}
}

var (
	learnWords = strings.Fields("the council said bridge river engineers repairs port strike union ferry minister traffic residents talks week city officials budget plan report water power storm school hospital train road court police election vote market price")
	// junkyWords adds words that speak to the reader, so that about half
	// of all 8-word windows are junk-like and counted as runs: a stress
	// case for run learning (real articles have far fewer).
	junkyWords = append(strings.Fields("you your please app"), learnWords...)
)

// learnDocWords makes document i of a synthetic corpus from words: about
// 3 KB of random sentences from 50 sources, each source with its own
// appeal line.
func learnDocWords(i int, b *strings.Builder, words []string) (source string) {
	b.Reset()
	src := fmt.Sprintf("outlet-%c%c.example", 'a'+i%50/10, 'a'+i%10)
	fmt.Fprintf(b, "Support %s: independent local news needs readers like you, so please give what you can today.\n\n", src)
	x := uint32(i*2654435761 + 1)
	for p := 0; p < 8; p++ {
		for s := 0; s < 4; s++ {
			for w := 0; w < 15; w++ {
				x ^= x << 13
				x ^= x >> 17
				x ^= x << 5
				if w > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[x%uint32(len(words))])
			}
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	return src
}

// BenchmarkLearn100k learns 100,000 documents on all cores (documents are
// made on the fly, so the memory figures are the learner's own) and
// reports the time, the live heap and the memory obtained from the OS.
// Run it alone: go test -run '^$' -bench Learn100k -benchtime 1x.
func BenchmarkLearn100k(b *testing.B) { benchLearn(b, learnWords) }

// BenchmarkLearn100kJunky is BenchmarkLearn100k with junk-like words mixed
// into every sentence.
func BenchmarkLearn100kJunky(b *testing.B) { benchLearn(b, junkyWords) }

func benchLearn(b *testing.B, words []string) {
	const n = 100_000
	for i := 0; i < b.N; i++ {
		runtime.GC()
		start := time.Now()
		l := NewLearner(Options{})
		ch := make(chan int, 1024)
		var wg sync.WaitGroup
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var sb strings.Builder
				for k := range ch {
					src := learnDocWords(k, &sb, words)
					l.Add(src, sb.String())
				}
			}()
		}
		for k := 0; k < n; k++ {
			ch <- k
		}
		close(ch)
		wg.Wait()
		p := l.Profile()
		el := time.Since(start)
		var peak runtime.MemStats
		runtime.ReadMemStats(&peak)
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(el.Seconds(), "s/100k-docs")
		b.ReportMetric(float64(after.HeapAlloc)/(1<<20), "MB-live")
		b.ReportMetric(float64(peak.Sys)/(1<<20), "MB-sys")
		b.ReportMetric(float64(p.Len()), "segments")
		runtime.KeepAlive(l)
	}
}

// BenchmarkLearned is BenchmarkRules with a learned profile in use (the
// test corpus plus 5,000 synthetic documents of 50 sources), so that every
// line is also split into segments and word windows and looked up.
func BenchmarkLearned(b *testing.B) {
	doc := benchDoc(64 << 10)
	l := NewLearner(Options{})
	for _, d := range readCorpus(b) {
		l.Add(d.source, d.text)
	}
	var sb strings.Builder
	for k := 0; k < 5000; k++ {
		src := learnDocWords(k, &sb, junkyWords)
		l.Add(src, sb.String())
	}
	r := mustNew(b, Options{MaxRemoved: 1}).WithProfile(l.Profile())
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Clean(doc)
	}
}
