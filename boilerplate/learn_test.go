package boilerplate

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusDoc is one document of testdata/corpus: <outlet>/<n>.txt.
type corpusDoc struct {
	source, name, text string
}

func readCorpus(t testing.TB) []corpusDoc {
	paths, err := filepath.Glob(filepath.Join("testdata", "corpus", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		panic("testdata/corpus is missing")
	}
	sort.Strings(paths)
	var docs []corpusDoc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			panic(err)
		}
		docs = append(docs, corpusDoc{source: filepath.Base(filepath.Dir(p)), name: filepath.ToSlash(p), text: string(b)})
	}
	return docs
}

func learnCorpus(docs []corpusDoc, o Options) *Profile {
	l := NewLearner(o)
	for _, d := range docs {
		l.Add(d.source, d.text)
	}
	return l.Profile()
}

// TestLearnedCorpus learns the three-outlet corpus with the appeal and
// newsletter rules off, so that only learning can find each outlet's own
// appeal, and checks the result against a golden file.
func TestLearnedCorpus(t *testing.T) {
	docs := readCorpus(t)
	o := Options{Disable: []string{"appeal", "newsletter"}}
	p := learnCorpus(docs, o)
	r := mustNew(t, o).WithProfile(p)

	const quote = "“We will not reopen the crossing until the engineers tell us it is safe,” the transport minister said on Monday."
	var out strings.Builder
	for _, d := range docs {
		res := r.CleanSource(d.source, d.text)
		checkEdits(t, d.text, res)
		assert.Empty(t, res.Warnings, d.name)
		if strings.Contains(d.text, quote) {
			assert.Contains(t, res.Text, quote, "%s: a quote shared across outlets was removed", d.name)
		}
		for _, s := range []string{"Your support helps us", "If you value our journalism", "Every donation, however small", "morning briefing from Northstar",
			// Glued inside lines: a promo pasted mid-sentence without
			// punctuation (a word run), and one between sentences.
			"Harbour Post app", "Never miss a story"} {
			assert.NotContains(t, res.Text, s, d.name)
		}
		// Prose the outlet repeats stays: a background paragraph in the
		// middle of three articles, and a quote glued into paragraphs.
		for _, s := range []string{
			"The Kellford crossing opened in 1961 and carries about 30,000 vehicles a day",
			"The port of Marrow handles about a fifth of the region's freight",
			"“The crossing is the lifeline of this valley,” the local MP, Ruth Anand, said.",
		} {
			assert.Equal(t, strings.Count(d.text, s), strings.Count(res.Text, s), "%s: repeated prose removed: %q", d.name, s)
		}
		fmt.Fprintf(&out, "=== %s %v\n", d.name, rulesOf(res))
		out.WriteString(res.Text)
	}
	golden(t, filepath.Join("testdata", "corpus.golden"), out.String())

	// A run cut from inside a line leaves the sentence around it.
	res := r.CleanSource("harbourpost", docs[0].text)
	assert.Contains(t, res.Text, "lowering cameras into the cable housings and found rust further along")
	// A sign-off glued to a paragraph without a space goes; the
	// paragraph keeps its full stop.
	for _, d := range docs {
		if strings.Contains(d.text, "talks.Get the morning") {
			res := r.CleanSource(d.source, d.text)
			assert.Contains(t, res.Text, "returned to talks.\n", d.name)
		}
	}
}

func TestLearnedRunsNeedJunk(t *testing.T) {
	// The same long phrase glued inside paragraph lines of many documents
	// is learned as a run when it reads like a call to action, and cut
	// from the middle of the line; a repeated stretch of reporting prose
	// is never removed from inside a line.
	promo := "download the Riverside Echo app to get alerts as this story develops"
	prose := "the ferry service has been cut back to two crossings a day since the spring floods damaged the slipway"
	topics := []string{"schools", "hospitals", "farms", "railways", "shops", "ferries", "markets", "clinics"}
	l := NewLearner(Options{})
	var texts []string
	for i, topic := range topics {
		var b strings.Builder
		fmt.Fprintf(&b, "The story about %s opens with its own first paragraph and details.\n\n", topic)
		for k := 0; k < 8; k++ {
			fmt.Fprintf(&b, "Paragraph %d about %s describes the %s in item %c%c", k, topic, topics[(i+k)%len(topics)], 'a'+i, 'a'+k)
			switch k {
			case 2 + i%3:
				b.WriteString(" " + promo)
			case 5:
				b.WriteString(" and " + prose)
			}
			b.WriteString(" while officials studied the plans.\n\n")
		}
		b.WriteString("The story about " + topic + " ends here.\n")
		texts = append(texts, b.String())
		l.Add("echo.example", b.String())
	}
	p := l.Profile()
	r := mustNew(t, Options{}).WithProfile(p)
	for _, text := range texts {
		res := r.CleanSource("echo.example", text)
		checkEdits(t, text, res)
		assert.NotContains(t, res.Text, "Riverside Echo app")
		assert.Contains(t, res.Text, prose)
		assert.Equal(t, strings.Count(text, "\n"), strings.Count(res.Text, "\n"), "whole lines removed")
		for _, e := range res.Edits {
			assert.Equal(t, "learned", e.Rule)
			assert.Equal(t, promo+" ", strings.ToLower(e.Before[:1])+e.Before[1:])
		}
	}
}

func TestReadProfileVersion1(t *testing.T) {
	// A version 1 file (segments only, no run length, no runs) still reads.
	var body []byte
	body = append(body, "CEBP"...)
	body = append(body, 1, 0)   // version 1
	body = append(body, 20)     // minimum segment length
	body = append(body, 1)      // one source
	body = append(body, 1, 'a') // name "a"
	body = append(body, 5)      // documents
	body = append(body, 2)      // two hashes
	body = append(body, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0)
	sum := crc32.ChecksumIEEE(body)
	body = append(body, byte(sum), byte(sum>>8), byte(sum>>16), byte(sum>>24))
	p, err := ReadProfile(bytes.NewReader(body))
	require.NoError(t, err)
	assert.Equal(t, []string{"a"}, p.Sources())
	assert.Equal(t, 2, p.Len())
	assert.Equal(t, []uint64{1, 2}, p.set("a"))
	assert.Empty(t, p.runSet("a"))
}

func TestLearnerKeepsSharedText(t *testing.T) {
	// The same paragraph at the top of many documents of two outlets is
	// shared text, not either outlet's junk.
	shared := "The storm brought down power lines across the eastern valleys overnight, the utility company said."
	topics := []string{"schools", "hospitals", "farms", "railways", "shops", "ferries"}
	l := NewLearner(Options{})
	for _, topic := range topics {
		for _, src := range []string{"a.example", "b.example"} {
			l.Add(src, fmt.Sprintf("%s\n\nThe story about %s continues here with its own words and details.\n", shared, topic))
		}
	}
	p := l.Profile()
	assert.Equal(t, 0, p.Len())

	// Repeated only within one source, at the top, it is that source's junk.
	l = NewLearner(Options{})
	for _, topic := range topics {
		l.Add("a.example", fmt.Sprintf("%s\n\nThe story about %s continues here with its own words and details.\n", shared, topic))
	}
	p = l.Profile()
	assert.Equal(t, 1, p.Len())
	assert.Equal(t, []string{"a.example"}, p.Sources())
}

func TestLearnerIgnoresMovingRepeats(t *testing.T) {
	// A sentence repeated deep inside articles, between different
	// neighbours, is content (a quote the outlet keeps citing).
	quote := "“Nobody expected the river to rise so fast,” the mayor told reporters at the scene."
	l := NewLearner(Options{MinDocs: 2})
	for i := 0; i < 8; i++ {
		var b strings.Builder
		for k := 0; k < 10; k++ {
			if k == 3+i%4 {
				b.WriteString(quote + "\n")
			}
			fmt.Fprintf(&b, "Paragraph %c of story %c describes a different part of the flood response in detail.\n", 'a'+k, 'a'+i)
		}
		l.Add("c.example", b.String())
	}
	assert.Equal(t, 0, l.Profile().Len())
}

func TestProfileRoundTrip(t *testing.T) {
	p := learnCorpus(readCorpus(t), Options{})
	require.Positive(t, p.Len())
	var buf bytes.Buffer
	n, err := p.WriteTo(&buf)
	require.NoError(t, err)
	assert.Equal(t, int64(buf.Len()), n)
	q, err := ReadProfile(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, p, q)
	// 8 bytes a hash plus a small header and names.
	assert.Less(t, buf.Len(), 8*p.Len()*3+200)
}

func TestReadProfileErrors(t *testing.T) {
	p := learnCorpus(readCorpus(t), Options{})
	var buf bytes.Buffer
	_, err := p.WriteTo(&buf)
	require.NoError(t, err)
	good := buf.Bytes()

	flip := append([]byte(nil), good...)
	flip[len(flip)/2] ^= 0x40
	version := append([]byte(nil), good...)
	version[4] = 9
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "bad magic"},
		{"not a profile", []byte("hello, world, this is text"), "bad magic"},
		{"version", version, "unsupported version 9"},
		{"truncated", good[:len(good)-7], "checksum"},
		{"bit flip", flip, "checksum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadProfile(bytes.NewReader(tt.data))
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrCorruptProfile))
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestSegHashNormalises(t *testing.T) {
	a, _ := segHash("Sign up: it's FREE, in 2024!")
	b, _ := segHash("sign up its free in 1999")
	c, _ := segHash("sign up its free in 1999 now")
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
}

func TestSourceOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Example.com:8080/a/b?c=d": "example.com",
		"http://news.example.co.uk/x":          "news.example.co.uk",
		" Example.org ":                        "example.org",
		"":                                     "",
	} {
		assert.Equal(t, want, SourceOf(in), in)
	}
}

func TestLearnWeighsJunkAndPosition(t *testing.T) {
	// Each case repeats one sentence in every document of one source, at
	// the top or moving about the middle, and says whether learning takes
	// it: position and junk-likeness together decide, not the count.
	tests := []struct {
		name, sentence string
		top            bool
		learned        bool
	}{
		{"appeal at the top", "Your gift keeps the Gazette independent, so please give what you can today.", true, true},
		{"neutral outlet line at the top", "The Gazette has covered the northern towns since the first edition.", true, true},
		{"quote at the top", "“We expect the line to reopen in spring,” the rail operator said in a statement.", true, false},
		{"call to action in the middle", "Click here to subscribe to the Gazette newsletter and get the headlines in your inbox.", false, true},
		{"neutral sentence in the middle", "The Gazette has covered the northern towns since the first edition.", false, false},
		{"quote in the middle", "“We expect the line to reopen in spring,” the rail operator said in a statement.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLearner(Options{MinDocs: 2})
			for i := 0; i < 6; i++ {
				var b strings.Builder
				if tt.top {
					b.WriteString(tt.sentence + "\n\n")
				}
				for k := 0; k < 12; k++ {
					if !tt.top && k == 4+i%4 {
						b.WriteString(tt.sentence + "\n\n")
					}
					fmt.Fprintf(&b, "Paragraph %c of report %c on the northern towns, in words of its own.\n\n", 'a'+k, 'a'+i)
				}
				l.Add("gazette.example", b.String())
			}
			p := l.Profile()
			h, _ := segHash(tt.sentence)
			assert.Equal(t, tt.learned, contains(p.set("gazette.example"), h))
		})
	}
}
