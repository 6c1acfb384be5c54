package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/spell"
	"github.com/copyedit/copyedit/spell/spellbench"
)

// englishShare is the share of a paragraph's lower-case words that must be
// lexicon words for it to count as English, as spelleval -context uses.
const englishShare = 0.9

// A bench holds the texts every corrector is measured on.
type bench struct {
	damaged []*spellbench.Damaged // injected typos (spelleval -context, default settings)
	texts   string                // description of the context texts
	clean   string                // spell/testdata/clean_news.txt
	gold    []string              // gold article bodies of the ScrapingHub set, or nil
	norvig  []spellbench.Pair     // Norvig's set 1, or nil
}

// A result is one corrector's figures.
type result struct {
	name             string
	ctx              spellbench.Score
	ctxWordsPerSec   float64
	norvig           float64 // -1: not measured
	harm, goldHarm   int
	goldWords        int
	cleanMBs         float64
	goldChanges      []string
	harmChanges      []string
	misspelledMicros float64
}

func loadBench(lex *dict.Lexicon, seed uint64) (*bench, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(root, "spell", "testdata", "clean_news.txt"))
	if err != nil {
		return nil, err
	}
	bn := &bench{clean: string(b)}
	docs := []string{bn.clean}
	bn.texts = fmt.Sprintf("clean_news.txt (%d words)", len(strings.Fields(bn.clean)))
	if dir, err := spellbench.NewsDir(); err == nil {
		bodies, err := spellbench.GoldBodies(dir)
		if err != nil {
			return nil, err
		}
		bn.gold = bodies
		words := 0
		for _, body := range bodies {
			if keep := spellbench.EnglishParagraphs(body, lex, englishShare); len(keep) > 0 {
				d := strings.Join(keep, "\n\n")
				words += len(strings.Fields(d))
				docs = append(docs, d)
			}
		}
		bn.texts += fmt.Sprintf(" + English paragraphs of %d gold bodies (%d words)", len(bodies), words)
	} else if !spellbench.IsNotExist(err) {
		return nil, err
	}
	inj := spellbench.NewInjector(lex, spellbench.InjectOptions{Seed: seed})
	for _, d := range docs {
		bn.damaged = append(bn.damaged, inj.Inject(d))
	}
	if dir, err := spellbench.Dir(); err == nil {
		if ps, err := spellbench.Load(dir, spellbench.Sets[0]); err == nil {
			bn.norvig = ps
		}
	}
	return bn, nil
}

// measure runs every figure for one corrector.
func (bn *bench) measure(name string, c *spell.Corrector) (result, error) {
	c.Prepare()
	r := result{name: name, norvig: -1}
	start := time.Now()
	for _, d := range bn.damaged {
		_, edits := c.Correct(d.Text)
		rep, err := spellbench.Evaluate(d, edits)
		if err != nil {
			return r, err
		}
		r.ctx.Add(rep.Score)
	}
	r.ctxWordsPerSec = float64(r.ctx.Words) / time.Since(start).Seconds()

	if bn.norvig != nil {
		r.norvig = spellbench.Accuracy(oneWord(bn.norvig), func(w string) string {
			if s := c.Suggest(w, 1); len(s) > 0 {
				return s[0]
			}
			return ""
		})
	}

	const rounds = 5
	start = time.Now()
	var edits []editLike
	for range rounds {
		_, es := c.Correct(bn.clean)
		edits = edits[:0]
		for _, e := range es {
			edits = append(edits, editLike{e.Before, e.After, e.Suspect, e.Rule})
		}
	}
	r.cleanMBs = float64(rounds*len(bn.clean)) / time.Since(start).Seconds() / 1e6
	for _, e := range edits {
		if !e.suspect {
			r.harm++
			r.harmChanges = append(r.harmChanges, fmt.Sprintf("%q → %q (%s)", e.before, e.after, e.rule))
		}
	}
	for _, body := range bn.gold {
		r.goldWords += len(strings.Fields(body))
		_, es := c.Correct(body)
		for _, e := range es {
			if !e.Suspect {
				r.goldHarm++
				r.goldChanges = append(r.goldChanges, fmt.Sprintf("%q → %q (%s)", e.Before, e.After, e.Rule))
			}
		}
	}

	const sentence = "The minister said the goverment would act within days."
	n := 2000
	start = time.Now()
	for range n {
		c.Correct(sentence)
	}
	r.misspelledMicros = float64(time.Since(start).Microseconds()) / float64(n)
	return r, nil
}

type editLike struct {
	before, after string
	suspect       bool
	rule          string
}

// oneWord drops the pairs whose misspelling holds a space, as spelleval does.
func oneWord(ps []spellbench.Pair) []spellbench.Pair {
	var out []spellbench.Pair
	for _, p := range ps {
		if !strings.ContainsAny(p.Wrong, " ") {
			out = append(out, p)
		}
	}
	return out
}

// repoRoot is the directory holding go.mod, from the working directory up.
func repoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("go.mod not found above " + wd)
		}
	}
}

// writeJSON writes the figures, for the README table.
func writeJSON(w io.Writer, rs []result) error {
	type row struct {
		Name        string  `json:"name"`
		Fixed       float64 `json:"fixed"`
		Broken      float64 `json:"broken_share"`
		Norvig      float64 `json:"norvig"`
		Harm        int     `json:"harm"`
		GoldHarm    int     `json:"gold_changes"`
		CleanMBs    float64 `json:"clean_mb_s"`
		Misspelled  float64 `json:"misspelled_us"`
		WordsPerSec float64 `json:"ctx_words_per_sec"`
	}
	var out []row
	for _, r := range rs {
		out = append(out, row{r.name, r.ctx.All.Share(r.ctx.All.Fixed), r.ctx.BrokenShare(), r.norvig, r.harm, r.goldHarm, r.cleanMBs, r.misspelledMicros, r.ctxWordsPerSec})
	}
	return json.NewEncoder(w).Encode(out)
}
