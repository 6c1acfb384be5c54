package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Spelling flags: which SCOWL spelling lists a word came from.
const (
	spEnglish  uint8 = 1 << iota // english-*: every locale
	spAmerican                   // american-*
	spBritish                    // british-* (-ise)
	spBritishZ                   // british_z-* (Oxford -ize)
	spCanadian                   // canadian-*
	spVariant1                   // variant_1-*: common variants
)

var scowlSpellings = map[string]uint8{
	"english":   spEnglish,
	"american":  spAmerican,
	"british":   spBritish,
	"british_z": spBritishZ,
	"canadian":  spCanadian,
	"variant_1": spVariant1,
}

var scowlCategories = map[string]bool{
	"words": true, "upper": true, "proper-names": true,
	"contractions": true, "abbreviations": true,
}

// A scowlWord is what SCOWL says about one spelling.
type scowlWord struct {
	size  int   // smallest size level listing it
	flags uint8 // spelling lists
}

// Extra lists: spellings SCOWL files outside the main set, at size levels up
// to extraMaxSize, words only. They carry correct British, Canadian and
// variant spellings ("gaol", "foetus", "annexe", "mediaeval", "connexion")
// and the size-80 words ("satay") that the main set lacks. A word from them
// enters the lexicon only if a curated corpus counts it, and then with a low count
// (see extraCap), so it is accepted as written but rarely proposed as a
// correction.
const extraMaxSize = 80

var extraSpellings = map[string]bool{
	"english": true, "american": true, "british": true, "british_z": true,
	"canadian": true, "variant_1": true, "variant_2": true, "variant_3": true,
	"british_variant_1": true, "british_variant_2": true,
	"canadian_variant_1": true, "canadian_variant_2": true,
}

// extraFiles returns the names of the extra word lists in dir: those not
// already among the main lists (size level above maxSize, or a spelling the
// main set does not read), split into plain lists (a spelling the main set
// reads) and variant lists.
func extraFiles(dir string, maxSize int) (plain, variant []string, err error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range ents {
		sp, cat, size, ok := parseScowlName(e.Name())
		if !ok || !extraSpellings[sp] || cat != "words" || size > extraMaxSize {
			continue
		}
		if scowlSpellings[sp] != 0 && size <= maxSize {
			continue // a main list
		}
		if scowlSpellings[sp] != 0 {
			plain = append(plain, e.Name())
		} else {
			variant = append(variant, e.Name())
		}
	}
	sort.Strings(plain)
	sort.Strings(variant)
	return plain, variant, nil
}

// extraWords returns the words of the extra lists that words lacks in any
// casing the lexicon accepts (a capitalised form whose lowercase is listed
// is left out), sorted. A lowercase word from a plain (non-variant) list is
// also left out when words has it capitalised: the size-80 lists spell
// names in lowercase ("alaska"), which would make the lowercase name pass.
// The variant lists' lowercase forms ("tories") are deliberate and kept.
func extraWords(plain, variant, words map[string]scowlWord) []string {
	cased := make(map[string]bool)
	for w := range words {
		if lw := strings.ToLower(w); lw != w {
			cased[lw] = true
		}
	}
	seen := make(map[string]bool)
	var out []string
	for _, raw := range []map[string]scowlWord{variant, plain} {
		for w := range raw {
			if seen[w] {
				continue
			}
			if _, ok := words[w]; ok {
				continue
			}
			lw := strings.ToLower(w)
			if lw != w {
				_, inMain := words[lw]
				_, inPlain := plain[lw]
				_, inVariant := variant[lw]
				if inMain || inPlain || inVariant {
					continue
				}
			}
			if _, ok := variant[w]; !ok && lw == w && cased[w] {
				continue
			}
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// scowlFiles returns the names of the list files in dir the generator reads:
// the spellings and categories above, size level at most maxSize.
func scowlFiles(dir string, maxSize int) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		sp, cat, size, ok := parseScowlName(e.Name())
		if !ok || scowlSpellings[sp] == 0 || !scowlCategories[cat] || size > maxSize {
			continue
		}
		names = append(names, e.Name())
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no SCOWL lists (want names like english-words.10)", dir)
	}
	return names, nil
}

// parseScowlName splits "british_z-proper-names.35".
func parseScowlName(name string) (spelling, category string, size int, ok bool) {
	dot := strings.LastIndexByte(name, '.')
	dash := strings.IndexByte(name, '-')
	if dot < 0 || dash < 0 || dash > dot {
		return "", "", 0, false
	}
	size, err := strconv.Atoi(name[dot+1:])
	if err != nil {
		return "", "", 0, false
	}
	return name[:dash], name[dash+1 : dot], size, true
}

// readScowl reads the named lists. Possessive "'s" forms are dropped (the
// corrector strips them before lookup).
func readScowl(dir string, names []string) (map[string]scowlWord, error) {
	words := make(map[string]scowlWord)
	for _, n := range names {
		sp, _, size, _ := parseScowlName(n)
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for line := 1; sc.Scan(); line++ {
			w := strings.TrimSpace(sc.Text())
			if w == "" || strings.HasSuffix(w, "'s") {
				continue
			}
			if !utf8.ValidString(w) || strings.ContainsAny(w, " \t") {
				return nil, fmt.Errorf("%s:%d: bad word %q", n, line, w)
			}
			sw, seen := words[w]
			if !seen || size < sw.size {
				sw.size = size
			}
			sw.flags |= scowlSpellings[sp]
			words[w] = sw
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %v", n, err)
		}
	}
	return words, nil
}

// foldCase keys every word in lowercase when SCOWL also has its lowercase
// form (so "Polish" and "US" merge into "polish" and "us", which the loader
// accepts capitalised), and keeps SCOWL's casing otherwise ("London",
// "NASA").
func foldCase(raw map[string]scowlWord) map[string]scowlWord {
	out := make(map[string]scowlWord, len(raw))
	for w, sw := range raw {
		key := w
		if lw := strings.ToLower(w); lw != w {
			if _, ok := raw[lw]; ok {
				key = lw
			}
		}
		cur, seen := out[key]
		if !seen || sw.size < cur.size {
			cur.size = sw.size
		}
		cur.flags |= sw.flags
		out[key] = cur
	}
	return out
}
