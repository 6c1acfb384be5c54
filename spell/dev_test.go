package spell

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

func TestDevNorvig(t *testing.T) {
	lex := devLexicon(t)
	c, err := newCorrector(lex, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/work/shared/bench/spell/norvig-testset1.txt")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	ok, n := 0, 0
	start := time.Now()
	c.Prepare()
	t.Logf("prepare %v", time.Since(start))
	start = time.Now()
	for s.Scan() {
		right, wrongs, _ := strings.Cut(s.Text(), ":")
		for _, w := range strings.Fields(wrongs) {
			n++
			got := c.Suggest(w, 1)
			if len(got) > 0 && got[0] == right {
				ok++
			} else if os.Getenv("V") != "" {
				t.Logf("%s -> %v want %s", w, got, right)
			}
		}
	}
	t.Logf("norvig1 %d/%d = %.1f%% in %v", ok, n, 100*float64(ok)/float64(n), time.Since(start))
}
