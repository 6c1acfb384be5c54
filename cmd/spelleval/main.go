// Command spelleval measures the spell corrector against its peers and
// prints the tables of spell/README.md:
//
//   - top-1 accuracy on Norvig's test set 1, Wikipedia's list of common
//     misspellings and the Birkbeck corpus, for the built-in engine, the
//     sajari/fuzzy engine, and Aspell and Hunspell through their -a pipes
//     when they are installed;
//   - the corrections made in context on the damaged seed articles;
//   - the harm on clean news text: words changed per 2,000.
//
// With -context it measures correction in running text instead, as
// JamSpell's evaluation did: typos are injected (spellbench.Injector) into
// clean news text (spell/testdata/clean_news.txt and the English paragraphs
// of the ScrapingHub set's gold article bodies) and each corrector's
// output is scored (spellbench.Evaluate): the share of damaged places
// fixed, flagged, changed wrongly and left, and the share of correct words
// broken, overall and by class (non-word, real-word, run-on, split). Aspell
// and Hunspell replace each word they reject by their first suggestion.
//
// The sets are read from shared/bench beside the repository (or
// $COPYEDIT_BENCH); absent files are skipped.
//
// Usage:
//
//	go run ./cmd/spelleval [-n 3000] [-fuzzy=false] [-peers=false] [-seeds dir] [-clean file]
//	go run ./cmd/spelleval -context [-fuzzy=false] [-peers=false] [-seed 1] [-rate 0.05] [-swap 0.15] [-words N] [-minconf 0.3,0.7] [-show N] [-json]
//	echo 'thorugh the door' | spelleval -filter
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/spell"
	"github.com/copyedit/copyedit/spell/spellbench"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "spelleval:", err)
		os.Exit(1)
	}
}

// peerCommands are the ispell-compatible peers and their arguments.
var peerCommands = []struct {
	name string
	args []string
}{
	{"aspell", []string{"-a", "--lang=en_US"}},
	{"hunspell", []string{"-a", "-d", "en_US"}},
}

// A column is one corrector under test.
type column struct {
	name  string
	top   func(word string) (string, error)
	setup time.Duration
}

func run(w io.Writer) error {
	n := flag.Int("n", 3000, "evaluate at most `n` pairs of each set, spread evenly (0: all)")
	withFuzzy := flag.Bool("fuzzy", true, "include the sajari/fuzzy engine (slow to build, ~1 GB)")
	withPeers := flag.Bool("peers", true, "include Aspell and Hunspell when they are installed")
	seeds := flag.String("seeds", "", "`dir` of damaged seed articles (default: shared/seeds beside the repo)")
	clean := flag.String("clean", "", "clean news text `file` for the harm figure (default: spell/testdata/clean_news.txt)")
	filter := flag.Bool("filter", false, "only correct standard input to standard output (to time a cold start)")
	context := flag.Bool("context", false, "only measure correction in context: inject typos into clean news text and count fixed and broken words")
	seed := flag.Uint64("seed", 1, "with -context: the injector's `seed`")
	rate := flag.Float64("rate", spellbench.DefaultRate, "with -context: the share of eligible words damaged")
	swap := flag.Float64("swap", spellbench.DefaultSwapShare, "with -context: the share of damaged words swapped for a common word one edit away (negative: none)")
	words := flag.Int("words", 0, "with -context: use at most `N` words of clean text, whole paragraphs (0: all)")
	var minConf floatList
	flag.Var(&minConf, "minconf", "with -context: also run copyedit with these min_confidence `values`, comma-separated")
	asJSON := flag.Bool("json", false, "with -context: print only a one-line JSON summary")
	show := flag.Int("show", 0, "with -context: list up to `N` damaged places of each class and outcome that copyedit (default and real_words) did not fix, and N broken words of each corrector")
	flag.Parse()
	if *filter {
		return correctStdin(w)
	}
	if *context {
		return contextEval(w, contextConfig{Seed: *seed, Rate: *rate, SwapShare: *swap, MaxWords: *words, Fuzzy: *withFuzzy, Peers: *withPeers, MinConfidence: minConf, Clean: *clean, Show: *show}, *asJSON)
	}

	lex, err := dict.English()
	if err != nil {
		return err
	}
	ours, err := spell.New(lex, spell.Options{})
	if err != nil {
		return err
	}
	start := time.Now()
	ours.Prepare()
	cols := []column{{name: "copyedit", top: topOf(ours), setup: time.Since(start)}}
	if *withFuzzy {
		fz, err := spell.New(lex, spell.Options{Engine: "fuzzy"})
		if err != nil {
			return err
		}
		start := time.Now()
		fz.Prepare()
		cols = append(cols, column{name: "engine=fuzzy", top: topOf(fz), setup: time.Since(start)})
	}
	for _, pc := range peerCommands {
		if !*withPeers {
			break
		}
		p, err := startPeer(pc.name, pc.args...)
		if err != nil {
			return err
		}
		if p == nil {
			fmt.Fprintf(w, "(%s not installed: column skipped)\n", pc.name)
			continue
		}
		defer p.close()
		cols = append(cols, column{name: pc.name, top: p.top})
	}
	if err := accuracy(w, cols, *n); err != nil {
		return err
	}
	if err := seedCheck(w, ours, *seeds); err != nil {
		return err
	}
	if err := harm(w, ours, "default options", *clean); err != nil {
		return err
	}
	if err := goldHarm(w, ours); err != nil {
		return err
	}
	rw, err := spell.New(lex, spell.Options{RealWords: true})
	if err != nil {
		return err
	}
	rw.Prepare()
	return harm(w, rw, "real_words = true", *clean)
}

// floatList is a flag.Value of comma-separated numbers.
type floatList []float64

func (l *floatList) String() string { return fmt.Sprint([]float64(*l)) }

func (l *floatList) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return err
		}
		*l = append(*l, v)
	}
	return nil
}

// correctStdin is the spell stage as a filter, as the CLI runs it: load
// the lexicon, build a Corrector, correct the input once.
func correctStdin(w io.Writer) error {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		return err
	}
	lex, err := dict.English()
	if err != nil {
		return err
	}
	c, err := spell.New(lex, spell.Options{})
	if err != nil {
		return err
	}
	out, _ := c.Correct(string(in))
	_, err = io.WriteString(w, out)
	return err
}

func topOf(c *spell.Corrector) func(string) (string, error) {
	return func(word string) (string, error) {
		if s := c.Suggest(word, 1); len(s) > 0 {
			return s[0], nil
		}
		return "", nil
	}
}

// accuracy prints top-1 accuracy and time per word for every column.
func accuracy(w io.Writer, cols []column, n int) error {
	dir, err := spellbench.Dir()
	if err != nil {
		fmt.Fprintln(w, "(no shared/bench/spell: accuracy skipped)")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "top-1 accuracy\tpairs\t")
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", c.name)
	}
	fmt.Fprintln(tw)
	perWord := make([]time.Duration, len(cols))
	words := 0
	for _, s := range spellbench.Sets {
		ps, err := spellbench.Load(dir, s)
		if spellbench.IsNotExist(err) {
			fmt.Fprintf(tw, "%s\t(absent)\t\n", s.Name)
			continue
		}
		if err != nil {
			return err
		}
		ps = spellbench.Sample(oneWord(ps), n)
		words += len(ps)
		fmt.Fprintf(tw, "%s\t%d\t", s.Name, len(ps))
		for i, c := range cols {
			ok := 0
			start := time.Now()
			for _, p := range ps {
				got, err := c.top(p.Wrong)
				if err != nil {
					return err
				}
				if p.Hit(got) {
					ok++
				}
			}
			perWord[i] += time.Since(start)
			fmt.Fprintf(tw, "%.1f%%\t", 100*float64(ok)/float64(len(ps)))
		}
		fmt.Fprintln(tw)
	}
	if words > 0 {
		fmt.Fprintf(tw, "time per word\t\t")
		for i := range cols {
			fmt.Fprintf(tw, "%.1f µs\t", float64(perWord[i].Microseconds())/float64(words))
		}
		fmt.Fprintf(tw, "\nindex build\t\t")
		for _, c := range cols {
			if c.setup == 0 {
				fmt.Fprintf(tw, "-\t")
			} else {
				fmt.Fprintf(tw, "%v\t", c.setup.Round(time.Millisecond))
			}
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// oneWord drops the pairs whose misspelling holds a space: the -a pipes
// check words one by one.
func oneWord(ps []spellbench.Pair) []spellbench.Pair {
	var out []spellbench.Pair
	for _, p := range ps {
		if !strings.ContainsAny(p.Wrong, " \t") {
			out = append(out, p)
		}
	}
	return out
}

// seedCheck prints every edit made on the damaged seed articles.
func seedCheck(w io.Writer, c *spell.Corrector, dir string) error {
	if dir == "" {
		d, err := findUp(filepath.Join("shared", "seeds"))
		if err != nil {
			fmt.Fprintln(w, "\n(no shared/seeds: seed check skipped)")
			return nil
		}
		dir = d
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nedits on the seeds (%s)\n", dir)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		_, edits := c.Correct(string(b))
		for _, e := range edits {
			if e.Suspect {
				fmt.Fprintf(w, "  %s: %s %q left, suspect %.2f, candidates %s\n", filepath.Base(f), e.Rule, e.Before, e.Confidence, strings.Join(e.Candidates, ", "))
			} else {
				fmt.Fprintf(w, "  %s: %s %q -> %q %.2f\n", filepath.Base(f), e.Rule, e.Before, e.After, e.Confidence)
			}
		}
	}
	return nil
}

// harm prints how many words of clean text the corrector changes.
func harm(w io.Writer, c *spell.Corrector, label, file string) error {
	if file == "" {
		root, err := findUp("go.mod")
		if err != nil {
			return err
		}
		file = filepath.Join(filepath.Dir(root), "spell", "testdata", "clean_news.txt")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	text := string(b)
	start := time.Now()
	_, edits := c.Correct(text)
	el := time.Since(start)
	if label == "default options" {
		fmt.Fprintln(w)
	}
	changed, suspects := 0, 0
	for _, e := range edits {
		if e.Suspect {
			suspects++
		} else {
			changed++
			fmt.Fprintf(w, "  changed %q -> %q (%s)\n", e.Before, e.After, e.Rule)
		}
	}
	words := len(strings.Fields(text))
	fmt.Fprintf(w, "harm on clean text (%s, %s): %d words, %d changed (%.2f per 2,000), %d suspects reported, %.1f MB/s\n",
		filepath.Base(file), label, words, changed, 2000*float64(changed)/float64(words), suspects, float64(len(text))/el.Seconds()/1e6)
	return nil
}

// goldHarm corrects the gold article bodies of the ScrapingHub boilerplate
// benchmark (real, edited news text, some of it not English) and lists
// every change: most should be harm, a few real typos.
func goldHarm(w io.Writer, c *spell.Corrector) error {
	dir, err := spellbench.Dir()
	if err != nil {
		return nil
	}
	path := filepath.Join(filepath.Dir(dir), "boilerplate", "scrapinghub", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(w, "(no %s: real-text harm skipped)\n", path)
		return nil
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	words, changed := 0, 0
	fmt.Fprintf(w, "\nchanges on real news text (gold bodies of %s):\n", filepath.Base(path))
	for {
		var rec struct {
			ID   string `json:"id"`
			Gold string `json:"gold"`
		}
		if err := dec.Decode(&rec); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		words += len(strings.Fields(rec.Gold))
		_, edits := c.Correct(rec.Gold)
		for _, e := range edits {
			if e.Suspect {
				continue
			}
			changed++
			ctx := rec.Gold[max(0, e.Start-30):min(len(rec.Gold), e.End+30)]
			fmt.Fprintf(w, "  %s %q -> %q  …%s…\n", e.Rule, e.Before, e.After, strings.Join(strings.Fields(ctx), " "))
		}
	}
	fmt.Fprintf(w, "  %d words, %d changed (%.2f per 2,000)\n", words, changed, 2000*float64(changed)/float64(words))
	return nil
}

// findUp returns the first path named rel in the working directory or an
// ancestor, or in an ancestor's parent (shared/ sits beside the clone).
func findUp(rel string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, rel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%s not found above %s", rel, wd)
		}
	}
}
