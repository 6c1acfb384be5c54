// Command bpeval measures the boilerplate stage on the ScrapingHub article
// extraction benchmark: whole-page plain text in, the article body as
// gold, scored by precision, recall and F1 over token 4-gram shingles.
//
// Usage:
//
//	go run ./cmd/bpeval [-data path/to/dev.jsonl] [-worst N]
//
// Without -data it reads $COPYEDIT_BENCH/boilerplate/scrapinghub/dev.jsonl,
// or looks for shared/bench/boilerplate/scrapinghub/dev.jsonl beside the
// working directory or any of its parents, and skips (exit 0) when there is
// none.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/copyedit/copyedit/boilerplate"
)

const rel = "boilerplate/scrapinghub/dev.jsonl"

type record struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Input string `json:"input"`
	Gold  string `json:"gold"`
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bpeval:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("bpeval", flag.ContinueOnError)
	data := fs.String("data", "", "benchmark file (JSON lines {id, url, input, gold})")
	worst := fs.Int("worst", 0, "list the N documents with the lowest page-mode F1")
	if err := fs.Parse(args); err != nil {
		return err
	}
	path := *data
	if path == "" {
		path = findData()
	}
	if path == "" {
		fmt.Fprintf(w, "bpeval: skipped: %s not found (set -data or COPYEDIT_BENCH)\n", rel)
		return nil
	}
	recs, err := load(path)
	if err != nil {
		return err
	}
	article, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		return err
	}
	page, err := boilerplate.New(boilerplate.Options{Mode: boilerplate.ModePage})
	if err != nil {
		return err
	}
	type row struct {
		name string
		r    *boilerplate.Remover // nil: the input unchanged
	}
	rows := []row{{"unprocessed", nil}, {"article (default)", article}, {"page", page}}
	fmt.Fprintf(w, "%s: %d documents\n\n", path, len(recs))
	fmt.Fprintf(w, "| %-20s | %9s | %6s | %5s | %10s |\n", "mode", "precision", "recall", "F1", "kept whole")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|\n", "----------------------", "----------:", "-------:", "------:", "-----------:")
	var pageCounts []counts
	for _, rw := range rows {
		var cs []counts
		guarded := 0
		for _, r := range recs {
			out := r.Input
			if rw.r != nil {
				res := rw.r.Clean(r.Input)
				out = res.Text
				if len(res.Warnings) > 0 {
					guarded++ // max_removed kept the page whole
				}
			}
			cs = append(cs, match(r.Gold, out))
		}
		p, rc, f1 := scores(cs)
		fmt.Fprintf(w, "| %-20s | %9.3f | %6.3f | %5.3f | %10d |\n", rw.name, p, rc, f1, guarded)
		pageCounts = cs
	}
	if *worst > 0 {
		idx := make([]int, len(recs))
		for i := range idx {
			idx[i] = i
		}
		f := func(c counts) float64 { return 2 * c.tp / (2*c.tp + c.fp + c.fn + 1e-9) }
		sort.Slice(idx, func(a, b int) bool { return f(pageCounts[idx[a]]) < f(pageCounts[idx[b]]) })
		fmt.Fprintln(w)
		for _, i := range idx[:min(*worst, len(idx))] {
			c := pageCounts[i]
			fmt.Fprintf(w, "%5.3f tp=%.2f fp=%.2f fn=%.2f %s %s\n", f(c), c.tp, c.fp, c.fn, recs[i].ID, recs[i].URL)
		}
	}
	return nil
}

// findData locates the benchmark file, or returns "".
func findData() string {
	if d := os.Getenv("COPYEDIT_BENCH"); d != "" {
		if p := filepath.Join(d, rel); exists(p) {
			return p
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if p := filepath.Join(dir, "shared", "bench", rel); exists(p) {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func load(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var recs []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, errors.New(path + ": no records")
	}
	return recs, nil
}
