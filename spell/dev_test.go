package spell

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/copyedit/copyedit/spell/spellbench"
)

func TestDevEval(t *testing.T) {
	if os.Getenv("DEV") == "" {
		t.Skip()
	}
	lex := englishLexicon(t)
	c, err := newCorrector(lex, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c.Prepare()
	dir, err := spellbench.Dir()
	if err != nil {
		t.Skip(err)
	}
	var line []string
	for _, s := range spellbench.Sets {
		ps, err := spellbench.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		ps = spellbench.Sample(ps, 3000)
		start := time.Now()
		acc := spellbench.Accuracy(ps, func(w string) string {
			got := c.Suggest(w, 1)
			if len(got) == 0 {
				return ""
			}
			return got[0]
		})
		if os.Getenv("V") == s.Name[:3] {
			for _, p := range ps[:min(400, len(ps))] {
				if got := c.Suggest(p.Wrong, 1); len(got) == 0 || !p.Hit(got[0]) {
					t.Logf("%s -> %v want %v", p.Wrong, got, p.Right)
				}
			}
		}
		line = append(line, s.Name+" "+strconv.FormatFloat(100*acc, 'f', 1, 64)+"% "+time.Since(start).Round(time.Millisecond).String())
	}
	t.Log(strings.Join(line, " | "))
}

func TestDevSeeds(t *testing.T) {
	lex := englishLexicon(t)
	c, _ := newCorrector(lex, Options{})
	files, _ := os.ReadDir("/work/shared/seeds")
	for _, f := range files {
		b, _ := os.ReadFile("/work/shared/seeds/" + f.Name())
		_, edits := c.Correct(string(b))
		for _, e := range edits {
			t.Logf("%s: %s %q -> %q %.2f %v %v", f.Name()[:3], e.Rule, e.Before, e.After, e.Confidence, e.Suspect, e.Candidates)
		}
	}
}

func TestDevAssoc(t *testing.T) {
	if os.Getenv("DEV") == "" {
		t.Skip()
	}
	c := corrector(t)
	c.init()
	for _, p := range strings.Fields(os.Getenv("P")) {
		a, b, _ := strings.Cut(p, "/")
		t.Logf("%s %s: bigram %d assoc %.2f", a, b, c.lex.Bigram(a, b), c.assoc(a, b))
	}
}
