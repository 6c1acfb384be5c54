package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/edit"
	"github.com/copyedit/copyedit/spell"
	"github.com/copyedit/copyedit/spell/spellbench"
)

// englishShare is the share of a paragraph's lower-case words that must be
// lexicon words for the paragraph to be taken as English prose.
const englishShare = 0.9

// contextConfig is the configuration of one in-context run.
type contextConfig struct {
	Seed      uint64  `json:"seed"`
	Rate      float64 `json:"rate"`
	SwapShare float64 `json:"swap_share"`
	MaxWords  int     `json:"max_words"`
	Fuzzy     bool    `json:"fuzzy"`
	Peers     bool    `json:"peers"`
	// MinConfidence lists extra min_confidence values to run copyedit with.
	MinConfidence []float64 `json:"min_confidence,omitempty"`
	Clean         string    `json:"-"`
	Show          int       `json:"-"`
}

// A source is one clean document and where it came from.
type source struct {
	name, text string
}

// A ctxCorrector is one corrector under test in context.
type ctxCorrector struct {
	name    string
	correct func(text string) ([]edit.Edit, error)
}

// A ctxResult is one corrector's summed score.
type ctxResult struct {
	name    string
	score   spellbench.Score
	elapsed time.Duration
	// examples holds, by class and outcome, damaged places as
	// "original → damaged → corrected"; breaks the changes of correct words.
	examples [spellbench.NumClasses][spellbench.NumOutcomes][]string
	breaks   []string
}

// contextEval injects typos into clean news text, runs every corrector on
// it and prints how many they fix and how many correct words they break.
func contextEval(w io.Writer, cfg contextConfig, asJSON bool) error {
	lex, err := dict.English()
	if err != nil {
		return err
	}
	docs, corpora, err := contextSources(lex, cfg)
	if err != nil {
		return err
	}
	inj := spellbench.NewInjector(lex, spellbench.InjectOptions{Seed: cfg.Seed, Rate: cfg.Rate, SwapShare: cfg.SwapShare})
	damaged := make([]*spellbench.Damaged, len(docs))
	for i, d := range docs {
		damaged[i] = inj.Inject(d.text)
	}

	cors, closeAll, err := contextCorrectors(w, lex, cfg, asJSON)
	defer closeAll()
	if err != nil {
		return err
	}
	var results []ctxResult
	for _, c := range cors {
		runtime.GC() // the fuzzy model's garbage is not this corrector's cost
		r := ctxResult{name: c.name}
		for _, d := range damaged {
			start := time.Now()
			edits, err := c.correct(d.Text)
			r.elapsed += time.Since(start)
			if err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			rep, err := spellbench.Evaluate(d, edits)
			if err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			r.score.Add(rep.Score)
			if cfg.Show > 0 {
				r.collect(d, rep, cfg.Show)
			}
		}
		results = append(results, r)
	}
	if asJSON {
		return contextJSON(w, cfg, corpora, results)
	}
	printContext(w, cfg, corpora, results)
	return nil
}

// contextSources returns the clean documents: clean_news.txt, then the
// English paragraphs of each gold article body of the ScrapingHub set, up
// to cfg.MaxWords words in all (whole paragraphs). corpora describes them.
func contextSources(lex *dict.Lexicon, cfg contextConfig) (docs []source, corpora []string, err error) {
	file := cfg.Clean
	if file == "" {
		root, err := findUp("go.mod")
		if err != nil {
			return nil, nil, err
		}
		file = filepath.Join(filepath.Dir(root), "spell", "testdata", "clean_news.txt")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	words := 0
	full := false // the cap is reached: take nothing more
	budget := func(paras []string) []string {
		var keep []string
		for _, p := range paras {
			n := spellbench.CountWords(p)
			if full || (cfg.MaxWords > 0 && words+n > cfg.MaxWords) {
				full = true
				break
			}
			words += n
			keep = append(keep, p)
		}
		return keep
	}
	if keep := budget(strings.Split(string(b), "\n\n")); len(keep) > 0 {
		docs = append(docs, source{filepath.Base(file), strings.Join(keep, "\n\n")})
		corpora = append(corpora, fmt.Sprintf("%s (%d words)", file, words))
	}

	dir, err := spellbench.NewsDir()
	if err == nil {
		var bodies []string
		bodies, err = spellbench.GoldBodies(dir)
		if err == nil {
			before, paras := words, 0
			for i, body := range bodies {
				keep := budget(spellbench.EnglishParagraphs(body, lex, englishShare))
				if len(keep) == 0 {
					continue
				}
				paras += len(keep)
				docs = append(docs, source{fmt.Sprintf("gold %d", i), strings.Join(keep, "\n\n")})
			}
			corpora = append(corpora, fmt.Sprintf("%s/*.jsonl gold bodies: %d English paragraphs (lower-case words ≥ %.0f%% lexicon words) of %d articles (%d words)",
				dir, paras, 100*englishShare, len(bodies), words-before))
		}
	}
	if err != nil {
		if !spellbench.IsNotExist(err) {
			return nil, nil, err
		}
		corpora = append(corpora, "(no shared/bench/boilerplate/scrapinghub: real news skipped)")
	}
	return docs, corpora, nil
}

// contextCorrectors builds the correctors under test. closeAll stops the
// peers' processes.
func contextCorrectors(w io.Writer, lex *dict.Lexicon, cfg contextConfig, quiet bool) (cors []ctxCorrector, closeAll func(), err error) {
	var peers []*peer
	closeAll = func() {
		for _, p := range peers {
			p.close()
		}
	}
	ours := func(name string, o spell.Options) error {
		c, err := spell.New(lex, o)
		if err != nil {
			return err
		}
		c.Prepare()
		cors = append(cors, ctxCorrector{name, func(text string) ([]edit.Edit, error) {
			_, edits := c.Correct(text)
			return edits, nil
		}})
		return nil
	}
	if err := ours("copyedit", spell.Options{}); err != nil {
		return nil, closeAll, err
	}
	if err := ours("copyedit real_words", spell.Options{RealWords: true}); err != nil {
		return nil, closeAll, err
	}
	for _, mc := range cfg.MinConfidence {
		if err := ours(fmt.Sprintf("copyedit min_confidence=%g", mc), spell.Options{MinConfidence: mc}); err != nil {
			return nil, closeAll, err
		}
	}
	if cfg.Fuzzy {
		if err := ours("engine=fuzzy", spell.Options{Engine: "fuzzy"}); err != nil {
			return nil, closeAll, err
		}
	}
	for _, pc := range peerCommands {
		if !cfg.Peers {
			break
		}
		p, err := startPeer(pc.name, pc.args...)
		if err != nil {
			return nil, closeAll, err
		}
		if p == nil {
			if !quiet {
				fmt.Fprintf(w, "(%s not installed: row skipped)\n", pc.name)
			}
			continue
		}
		peers = append(peers, p)
		cors = append(cors, ctxCorrector{pc.name + " (first suggestion)", peerCorrector(p)})
	}
	return cors, closeAll, nil
}
