package boilerplate

import (
	"bytes"
	"errors"
	"fmt"
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
		for _, s := range []string{"Your support helps us", "If you value our journalism", "Every donation, however small", "morning briefing from Northstar"} {
			assert.NotContains(t, res.Text, s, d.name)
		}
		fmt.Fprintf(&out, "=== %s %v\n", d.name, rulesOf(res))
		out.WriteString(res.Text)
	}
	golden(t, filepath.Join("testdata", "corpus.golden"), out.String())
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
