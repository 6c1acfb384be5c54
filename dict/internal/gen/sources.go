package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// A source is one input file, pinned by the sha256 of its bytes.
type source struct {
	path   string // relative to the directory the generator is given
	sha256 string // hex; "" skips the check (fixture tests)
}

// readPinned reads dir/src.path and checks its digest.
func readPinned(dir string, src source, verify bool) ([]byte, error) {
	name := filepath.Join(dir, filepath.FromSlash(src.path))
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if verify && src.sha256 != "" {
		sum := sha256.Sum256(b)
		if got := hex.EncodeToString(sum[:]); got != src.sha256 {
			return nil, fmt.Errorf("%s: sha256 %s, want %s (wrong package version?)", name, got, src.sha256)
		}
	}
	return b, nil
}

// readCounts parses "word count" lines (SymSpell and Google Books style),
// skipping a byte-order mark. Words are lowercased; the first count of a
// word wins.
func readCounts(name string, b []byte) (map[string]uint64, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	m := make(map[string]uint64)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"word count\", got %q", name, line, sc.Text())
		}
		n, err := strconv.ParseUint(f[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		w := strings.ToLower(f[0])
		if _, dup := m[w]; !dup {
			m[w] = n
		}
	}
	return m, sc.Err()
}

// readGzipCounts is readCounts over a gzip-compressed file.
func readGzipCounts(name string, b []byte) (map[string]uint64, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return readCounts(name, raw)
}

// readUnigramJS parses the unigram npm package's dist/index.js, a JSON
// array of {"word","freq"} behind an "exports.unigram =" prefix.
func readUnigramJS(name string, b []byte) (map[string]uint64, error) {
	i := bytes.IndexByte(b, '[')
	j := bytes.LastIndexByte(b, ']')
	if i < 0 || j < i {
		return nil, fmt.Errorf("%s: no JSON array", name)
	}
	var rows []struct {
		Word string `json:"word"`
		Freq string `json:"freq"`
	}
	if err := json.Unmarshal(b[i:j+1], &rows); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	m := make(map[string]uint64, len(rows))
	for k, r := range rows {
		n, err := strconv.ParseUint(r.Freq, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d (%q): %v", name, k, r.Word, err)
		}
		w := strings.ToLower(r.Word)
		if _, dup := m[w]; !dup {
			m[w] = n
		}
	}
	return m, nil
}

// A bigram is one line of the SymSpell bigram file.
type bigram struct {
	a, b  string
	count uint64
}

// readBigrams parses "a b count" lines; counts are divided by div.
func readBigrams(name string, b []byte, div uint64) ([]bigram, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	var out []bigram
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want \"word word count\", got %q", name, line, sc.Text())
		}
		n, err := strconv.ParseUint(f[2], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if n%div != 0 {
			return nil, fmt.Errorf("%s:%d: count %d is not a multiple of %d", name, line, n, div)
		}
		out = append(out, bigram{strings.ToLower(f[0]), strings.ToLower(f[1]), n / div})
	}
	return out, sc.Err()
}

// scowlDigest hashes the SCOWL list files the generator may read (name,
// NUL, content, for each name in sorted order), so one pinned digest covers
// the whole directory.
func scowlDigest(dir string, names []string) (string, error) {
	h := sha256.New()
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	for _, n := range sorted {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return "", err
		}
		io.WriteString(h, n)
		h.Write([]byte{0})
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
