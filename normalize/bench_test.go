package normalize

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// newsText is ASCII-heavy news copy in our own words, with the curly
// quotes, dashes and stray no-break spaces scraped articles carry.
const newsText = `The council voted on Tuesday to close the old library, a decision the mayor called “painful but necessary”.
Residents had campaigned for months to keep the building open. “We’ve lost the heart of the town,” said one volunteer, who asked not to be named.
The library, built in 1904, will shut its doors at the end of March. Its 40,000 books are to move to a new centre across the river – a site critics say is too far for older readers to reach on foot.
Officials said the move would save about £2m a year. They pointed to falling visitor numbers, down by a third since 2015, and to repairs the roof now needs.
Opposition members said the figures left out the cost of the new building and the buses it would need. “This isn’t saving money, it’s moving it,” one said.
A petition signed by more than 12,000 people was handed in last week. The council said it would reply within 28 days.

`

func benchInput(tb testing.TB, dense bool) []byte {
	var unit string
	if dense {
		ins, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.in"))
		var b strings.Builder
		for _, name := range []string{"mojibake", "mixed", "entities", "controls"} {
			data, err := os.ReadFile(filepath.Join("testdata", "golden", name+".in"))
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(data)
			b.WriteByte('\n')
		}
		_ = ins
		unit = b.String()
	} else {
		unit = newsText
	}
	return []byte(strings.Repeat(unit, 1<<20/len(unit)+1))
}

func benchString(b *testing.B, opts Options, dense bool) {
	n, err := New(opts)
	if err != nil {
		b.Fatal(err)
	}
	s := string(benchInput(b, dense))
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n.String(s)
	}
}

func benchStream(b *testing.B, t func() transform.Transformer, dense bool) {
	src := benchInput(b, dense)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := transform.NewReader(strings.NewReader(string(src)), t())
		if _, err := io.Copy(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanMultilingual runs clean text dense in non-ASCII (the
// clean lines of the mojibake tests, in a dozen scripts).
func BenchmarkCleanMultilingual(b *testing.B) {
	n, _ := New(Options{})
	s := strings.Repeat(strings.Join(cleanLines, "\n")+"\n", 1<<20/2000)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n.String(s)
	}
}

func BenchmarkASCIINews(b *testing.B)       { benchString(b, Options{}, false) }
func BenchmarkASCIINewsFtfy(b *testing.B)   { benchString(b, Options{Preset: "ftfy"}, false) }
func BenchmarkDenseDamage(b *testing.B)     { benchString(b, Options{}, true) }
func BenchmarkDenseDamageFtfy(b *testing.B) { benchString(b, Options{Preset: "ftfy"}, true) }

func BenchmarkStreamASCIINews(b *testing.B) {
	n, _ := New(Options{})
	benchStream(b, n.Transformer, false)
}

func BenchmarkStreamDenseDamage(b *testing.B) {
	n, _ := New(Options{})
	benchStream(b, n.Transformer, true)
}

// The floor: the same inputs through norm.NFC alone.
func BenchmarkFloorNFCASCIINews(b *testing.B) {
	benchStream(b, func() transform.Transformer { return norm.NFC }, false)
}

func BenchmarkFloorNFCDenseDamage(b *testing.B) {
	benchStream(b, func() transform.Transformer { return norm.NFC }, true)
}
