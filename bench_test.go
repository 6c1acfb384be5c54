package copyedit_test

import (
	"context"
	"strings"
	"testing"

	"github.com/copyedit/copyedit"
)

// newsParagraphs is news-like text in the project's own words, with the
// kinds of damage scrapes carry, used to build benchmark inputs.
var newsParagraphs = []string{
	"Council leaders in Harrowgate have approved a £40m plan to rebuild the town’s flood defences, a decision residents said was “long overdue”.",
	"The scheme, which will raise the river wall along Mill Lane by almost a metre, was backed by 31 votes to 4 after a debate that ran late into the evening.",
	"The minister said the deal was â€œa turning pointâ€ for the regionâ€™s farmers, though critics were sceptical.",
	"Transport secretary Imogen Farrow said the plan would be rolled out thorugh the autumn and that councils had recieved clear guidance.",
	"Analysts expressed scepticism about the timetable, and the defence ministry said its organisation of the talks had been thorough.",
	"Prices rose 4% in the café sector &amp; the hotel trade, according to figures published on Tuesday.",
}

// newsText returns about n bytes of news-like text.
func newsText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(newsParagraphs[i%len(newsParagraphs)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkPipeline cleans 1 MB of news-like text with the default
// pipeline, one document at a time (as the CLI cleans a file or record).
func BenchmarkPipeline(b *testing.B) {
	for _, stages := range [][]string{nil, {"normalize"}, {"boilerplate"}, {"spell"}} {
		name := "default"
		if stages != nil {
			name = strings.Join(stages, "+")
		}
		b.Run(name, func(b *testing.B) {
			p, err := copyedit.New(copyedit.Config{Stages: stages})
			if err != nil {
				b.Fatal(err)
			}
			// Documents of ~4 KB, like articles, 1 MB in all.
			doc := newsText(4 << 10)
			n := (1 << 20) / len(doc)
			ctx := context.Background()
			if _, err := p.CleanString(ctx, doc); err != nil { // load the dictionary once
				b.Fatal(err)
			}
			b.SetBytes(int64(n * len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				for range n {
					if _, err := p.CleanString(ctx, doc); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
