package spellbench

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// NewsDir returns the directory of the ScrapingHub boilerplate benchmark,
// whose gold article bodies are real edited news text: boilerplate/scrapinghub
// beside the spell sets (see Dir).
func NewsDir() (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(d), "boilerplate", "scrapinghub"), nil
}

// GoldBodies returns the "gold" field of every record of the JSON-lines
// files matching dir/*.jsonl, in file and record order. It returns an error
// wrapping fs.ErrNotExist when there are none.
func GoldBodies(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.jsonl: %w", dir, os.ErrNotExist)
	}
	var out []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(f)
		for {
			var rec struct {
				Gold string `json:"gold"`
			}
			if err := dec.Decode(&rec); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			out = append(out, rec.Gold)
		}
		f.Close()
	}
	return out, nil
}

// MinEnglishWords is the fewest lower-case words a paragraph needs for
// EnglishParagraphs to judge it.
const MinEnglishWords = 3

// EnglishParagraphs returns the paragraphs of text (pieces between blank
// lines, trimmed) in which at least share of the lower-case words (words of
// lower-case letters only, punctuation around them aside) are lexicon
// words, and that have at least MinEnglishWords such words: English prose,
// without the headings, lists and foreign-language paragraphs of scraped
// news.
func EnglishParagraphs(text string, lex Lexicon, share float64) []string {
	var out []string
	for _, p := range paragraphs(text) {
		lower, known := 0, 0
		for _, c := range chunks(p) {
			w := p[c.coreStart:c.coreEnd]
			if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
				continue
			}
			lower++
			if lex.Count(w) > 0 {
				known++
			}
		}
		if lower >= MinEnglishWords && float64(known) >= share*float64(lower) {
			out = append(out, p)
		}
	}
	return out
}

// paragraphs splits text at blank lines.
func paragraphs(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if p := strings.TrimSpace(strings.Join(cur, "\n")); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}
