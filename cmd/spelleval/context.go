package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

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
	Clean     string  `json:"-"`
	Show      int     `json:"-"`
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

// collect keeps up to n examples of each class and outcome of rep, and of
// its broken words, with a little context.
func (r *ctxResult) collect(d *spellbench.Damaged, rep *spellbench.Report, n int) {
	for i, dm := range d.Damages {
		o := rep.Outcomes[i]
		ex := &r.examples[dm.Class()][o]
		if o == spellbench.Fixed || len(*ex) >= n {
			continue
		}
		*ex = append(*ex, fmt.Sprintf("%s %q → %q → %q   …%s…", dm.Kind, dm.Original, dm.Damaged, rep.Got[i], around(d.Text, dm.DStart, dm.DEnd)))
	}
	for _, e := range rep.Breaks {
		if len(r.breaks) < n {
			r.breaks = append(r.breaks, fmt.Sprintf("%s %q → %q   …%s…", e.Rule, e.Before, e.After, around(d.Text, e.Start, e.End)))
		}
	}
}

// around returns text[start:end] with up to 30 bytes either side, on one
// line.
func around(text string, start, end int) string {
	a, b := max(0, start-30), min(len(text), end+30)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return strings.Join(strings.Fields(text[a:b]), " ")
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
	budget := func(paras []string) []string {
		var keep []string
		for _, p := range paras {
			n := spellbench.CountWords(p)
			if cfg.MaxWords > 0 && words+n > cfg.MaxWords {
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

// peerCorrector corrects text as JamSpell's evaluation ran Hunspell: every
// word the peer rejects is replaced by its first suggestion, or reported
// as a suspect if it has none. Answers are cached: a peer checks words one
// by one, without context.
func peerCorrector(p *peer) func(string) ([]edit.Edit, error) {
	type answer struct {
		ok   bool
		best string
	}
	cache := map[string]answer{}
	return func(text string) ([]edit.Edit, error) {
		var edits []edit.Edit
		for _, span := range peerWords(text) {
			word := text[span[0]:span[1]]
			a, seen := cache[word]
			if !seen {
				ok, best, parts, err := p.check(strings.ReplaceAll(word, "’", "'"))
				if err != nil {
					return nil, err
				}
				if parts > 1 {
					best = "" // a suggestion for one part, not the word
				}
				a = answer{ok, best}
				if strings.Contains(word, "’") {
					a.best = strings.ReplaceAll(best, "'", "’")
				}
				cache[word] = a
			}
			if a.ok {
				continue
			}
			e := edit.Edit{Stage: p.name, Rule: "first-suggestion", Start: span[0], End: span[1], Before: word, After: a.best}
			if a.best == "" {
				e.After, e.Suspect = word, true
			}
			edits = append(edits, e)
		}
		return edits, nil
	}
}

// peerWords returns the spans of the words a checker is given: runs of
// letters with inner apostrophes, in white-space chunks without digits or
// the marks of addresses and code.
func peerWords(text string) [][2]int {
	var out [][2]int
	for _, f := range fieldSpans(text) {
		chunk := text[f[0]:f[1]]
		if strings.ContainsFunc(chunk, func(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune("@/_#=<>\\{}[]|~", r) }) {
			continue
		}
		start := -1
		for i := f[0]; i <= f[1]; {
			r, n := rune(0), 1
			if i < f[1] {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			inner := (r == '\'' || r == '’') && start >= 0 && i+n < f[1] && isLetterAt(text, i+n)
			if unicode.IsLetter(r) || inner {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			i += n
		}
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// fieldSpans returns the spans of the white-space-delimited chunks of s.
func fieldSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// pct formats n of d as a percentage.
func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}

// printContext prints the configuration, the summary table and the table
// by class and kind for the copyedit rows.
func printContext(w io.Writer, cfg contextConfig, corpora []string, results []ctxResult) {
	fmt.Fprintf(w, "in context (injected typos): seed %d, rate %g, swap share %g, max words %d\n", cfg.Seed, cfg.Rate, cfg.SwapShare, cfg.MaxWords)
	for _, c := range corpora {
		fmt.Fprintf(w, "  text: %s\n", c)
	}
	if len(results) == 0 {
		return
	}
	s := results[0].score
	fmt.Fprintf(w, "  %d words, %d damaged places (", s.Words, s.All.Damaged)
	for i := range spellbench.NumClasses {
		if i > 0 {
			fmt.Fprint(w, ", ")
		}
		fmt.Fprintf(w, "%d %s", s.Classes[i].Damaged, spellbench.Class(i))
	}
	fmt.Fprintf(w, "; %d swaps), %d correct words\n\n", s.Kinds[spellbench.Swap].Damaged, s.Correct)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corrector\tfixed\tflagged\twrong\tuntouched\tbroken\tbroken %\tper 2,000\tfalse alarms\twords/s\t")
	for _, r := range results {
		t := r.score.All
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%.3f%%\t%.2f\t%d\t%.0f\t\n", r.name,
			pct(t.Fixed, t.Damaged), pct(t.Flagged, t.Damaged), pct(t.Wrong, t.Damaged), pct(t.Untouched, t.Damaged),
			r.score.Broken, 100*r.score.BrokenShare(), 2000*r.score.BrokenShare(), r.score.FalseAlarms,
			float64(r.score.Words)/r.elapsed.Seconds())
	}
	tw.Flush()

	for _, r := range results {
		if !strings.HasPrefix(r.name, "copyedit") {
			continue
		}
		fmt.Fprintf(w, "\n%s, by class and kind:\n", r.name)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "damage\tplaces\tfixed\tflagged\t(1st candidate right)\twrong\tuntouched\t")
		row := func(name string, t spellbench.Tally) {
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t\n", name, t.Damaged,
				pct(t.Fixed, t.Damaged), pct(t.Flagged, t.Damaged), pct(t.FlaggedRight, t.Damaged), pct(t.Wrong, t.Damaged), pct(t.Untouched, t.Damaged))
		}
		for i := range spellbench.NumClasses {
			row(spellbench.Class(i).String(), r.score.Classes[i])
		}
		row("all", r.score.All)
		for i := range spellbench.NumKinds {
			row("  "+spellbench.Kind(i).String(), r.score.Kinds[i])
		}
		tw.Flush()
		printExamples(w, r)
	}
}

// jsonTally is a Tally in the JSON summary.
type jsonTally struct {
	Places    int     `json:"places"`
	Fixed     float64 `json:"fixed"`
	Flagged   float64 `json:"flagged"`
	Right     float64 `json:"flagged_right"`
	Wrong     float64 `json:"wrong"`
	Untouched float64 `json:"untouched"`
}

func toJSON(t spellbench.Tally) jsonTally {
	return jsonTally{t.Damaged, t.Share(t.Fixed), t.Share(t.Flagged), t.Share(t.FlaggedRight), t.Share(t.Wrong), t.Share(t.Untouched)}
}

// contextJSON prints the whole result as one line of JSON.
func contextJSON(w io.Writer, cfg contextConfig, corpora []string, results []ctxResult) error {
	type row struct {
		Name        string               `json:"name"`
		All         jsonTally            `json:"all"`
		Classes     map[string]jsonTally `json:"classes"`
		Broken      int                  `json:"broken"`
		BrokenShare float64              `json:"broken_share"`
		FalseAlarms int                  `json:"false_alarms"`
		WordsPerSec float64              `json:"words_per_sec"`
	}
	out := struct {
		contextConfig
		Text    []string `json:"text"`
		Words   int      `json:"words"`
		Correct int      `json:"correct"`
		Rows    []row    `json:"correctors"`
	}{contextConfig: cfg, Text: corpora}
	for _, r := range results {
		out.Words, out.Correct = r.score.Words, r.score.Correct
		x := row{Name: r.name, All: toJSON(r.score.All), Classes: map[string]jsonTally{},
			Broken: r.score.Broken, BrokenShare: r.score.BrokenShare(), FalseAlarms: r.score.FalseAlarms,
			WordsPerSec: float64(r.score.Words) / r.elapsed.Seconds()}
		for i := range spellbench.NumClasses {
			x.Classes[spellbench.Class(i).String()] = toJSON(r.score.Classes[i])
		}
		out.Rows = append(out.Rows, x)
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// printExamples prints the examples r collected (flag -show).
func printExamples(w io.Writer, r ctxResult) {
	for c := range spellbench.NumClasses {
		for o := range spellbench.NumOutcomes {
			for _, ex := range r.examples[c][o] {
				fmt.Fprintf(w, "  %s %s: %s\n", spellbench.Class(c), spellbench.Outcome(o), ex)
			}
		}
	}
	for _, ex := range r.breaks {
		fmt.Fprintf(w, "  broken: %s\n", ex)
	}
}
