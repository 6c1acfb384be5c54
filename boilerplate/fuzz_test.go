package boilerplate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) {
	for _, d := range readCorpus(f) {
		f.Add(d.text)
	}
	for _, s := range []string{
		"",
		"\n\n\n",
		" date 2025-03-16 Your support helps us. Please donate. Read more The bridge is shut.\n",
		"Advertisement\nThe bridge is shut, the council said on Monday evening.\nShare this article\n",
		"Updated 14:05 GMT\nPublished: 3 February 2026\n(Photo: Jane Roe) The bridge (Image credit: AFP) is shut.\n",
		"Last modified on 31 February 2025\n© 2025 Example\r\n\xff\xfe\n",
		"READ MORE: x\n42 comments\nHome\nMenu\nThe bridge is shut, the council said on Monday evening after a long meeting.\n",
	} {
		f.Add(s)
	}
}

// FuzzClean checks the stage's invariants: valid UTF-8 out, edits that
// only delete and exactly describe the output, idempotence and
// determinism, in both modes.
func FuzzClean(f *testing.F) {
	fuzzSeeds(f)
	article := mustNew(f, Options{})
	page := mustNew(f, Options{Mode: ModePage})
	f.Fuzz(func(t *testing.T, in string) {
		for _, r := range []*Remover{article, page} {
			res := r.Clean(in)
			if !utf8.ValidString(res.Text) {
				t.Fatalf("invalid UTF-8 out: %q", res.Text)
			}
			src := in
			last := 0
			var b strings.Builder
			for _, e := range res.Edits {
				if e.Start < last || e.End < e.Start || e.End > len(src) || src[e.Start:e.End] != e.Before {
					t.Fatalf("bad edit %+v", e)
				}
				if e.After != "" && !e.Suspect && e.Rule != "invalid-utf8" {
					t.Fatalf("edit inserts text: %+v", e)
				}
				b.WriteString(src[last:e.Start])
				if e.Suspect {
					b.WriteString(e.Before)
				} else {
					b.WriteString(e.After)
				}
				last = e.End
			}
			b.WriteString(src[last:])
			if b.String() != res.Text {
				t.Fatalf("edits do not describe the output")
			}
			if again := r.Clean(in); again.Text != res.Text {
				t.Fatalf("not deterministic")
			}
			if len(res.Warnings) == 0 {
				if again := r.Clean(res.Text); again.Text != res.Text {
					t.Fatalf("not idempotent (%s):\nin:   %q\nout:  %q\nout2: %q", r.c.opts.Mode, in, res.Text, again.Text)
				}
			}
		}
	})
}

// FuzzReadProfile checks that no input makes ReadProfile panic.
func FuzzReadProfile(f *testing.F) {
	var b strings.Builder
	p := learnCorpus(readCorpus(f), Options{})
	_, _ = p.WriteTo(&b)
	f.Add([]byte(b.String()))
	f.Add([]byte("CEBP\x01\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = ReadProfile(strings.NewReader(string(data)))
	})
}
