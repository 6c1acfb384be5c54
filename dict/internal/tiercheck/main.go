// Command tiercheck measures what the lexicon's attested tier costs: how
// many misspellings of the spelling benchmarks (shared/bench/spell beside
// the repository, or $COPYEDIT_BENCH/spell) are in the tier, and so would
// be left as written in running text by the spell stage, which keeps tier
// words and only reports them. Misspellings the lexicon knows (real-word
// errors) are not counted: no lexicon change can catch them.
//
// Usage (from the repository root):
//
//	go run ./dict/internal/tiercheck [-v]
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/spell/spellbench"
)

func main() {
	verbose := flag.Bool("v", false, "list the sheltered misspellings")
	flag.Parse()
	if err := run(*verbose); err != nil {
		fmt.Fprintln(os.Stderr, "tiercheck:", err)
		os.Exit(1)
	}
}

func run(verbose bool) error {
	lex, err := dict.English()
	if err != nil {
		return err
	}
	dir, err := spellbench.Dir()
	if err != nil {
		fmt.Println("no shared/bench/spell: nothing to check")
		return nil
	}
	fmt.Println("set\tnon-word misspellings\tin the attested tier\tshare")
	for _, s := range spellbench.Sets {
		ps, err := spellbench.Load(dir, s)
		if spellbench.IsNotExist(err) {
			fmt.Printf("%s\t(absent)\n", s.Name)
			continue
		}
		if err != nil {
			return err
		}
		nonword := make(map[string]bool)
		var sheltered []string
		for _, p := range ps {
			w := strings.ToLower(p.Wrong)
			if nonword[w] || strings.ContainsRune(w, ' ') || lex.Known(w) {
				continue
			}
			nonword[w] = true
			if lex.Attested(w) {
				sheltered = append(sheltered, w)
			}
		}
		sort.Strings(sheltered)
		fmt.Printf("%s\t%d\t%d\t%.1f%%\n", s.Name, len(nonword), len(sheltered),
			100*float64(len(sheltered))/float64(max(len(nonword), 1)))
		if verbose {
			fmt.Printf("  %s\n", strings.Join(sheltered, " "))
		}
	}
	return nil
}
