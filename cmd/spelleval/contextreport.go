package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/copyedit/copyedit/spell/spellbench"
)

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
	if len(cfg.MinConfidence) > 0 {
		fmt.Fprintf(w, "  extra rows: copyedit with min_confidence %v\n", cfg.MinConfidence)
	}
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

	fmt.Fprintln(w, "\nfixed (flagged) by class:")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "damage\tplaces\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t", r.name)
	}
	fmt.Fprintln(tw)
	for i := range spellbench.NumClasses {
		fmt.Fprintf(tw, "%s\t%d\t", spellbench.Class(i), s.Classes[i].Damaged)
		for _, r := range results {
			t := r.score.Classes[i]
			fmt.Fprintf(tw, "%s (%s)\t", pct(t.Fixed, t.Damaged), pct(t.Flagged, t.Damaged))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()

	for _, r := range results {
		if r.name != "copyedit" && r.name != "copyedit real_words" {
			if len(r.breaks) > 0 {
				fmt.Fprintf(w, "\n%s, broken words:\n", r.name)
				printExamples(w, ctxResult{breaks: r.breaks})
			}
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
		row("next to a capital", r.score.NearCapital)
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
		NearCapital jsonTally            `json:"near_capital"`
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
		x := row{Name: r.name, All: toJSON(r.score.All), Classes: map[string]jsonTally{}, NearCapital: toJSON(r.score.NearCapital),
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
