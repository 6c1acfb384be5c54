package dict

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ReadHunspell reads a hunspell dictionary, the .dic word list and its .aff
// affix file, and expands every stem by the affix rules its flags name, so
// the returned list holds the words themselves ("colour/DMS" gives
// "colour", "colours", "coloured"...).
//
// Supported from the .aff file: SET (UTF-8 and ISO8859-1), FLAG (single
// characters, long, num, UTF-8), AF flag aliases, PFX and SFX rules with
// strip, add, continuation flags, conditions ([abc], [^abc], '.') and cross
// products, NEEDAFFIX, FORBIDDENWORD and ONLYINCOMPOUND (such stems are left
// out). Compounding, morphology and
// suggestion directives are ignored. The first line of the .dic file is the
// (approximate) number of stems.
//
// name is the .dic file's name, used in errors; the .aff file is named after
// it with the extension ".aff". Errors are [*ParseError] values.
func ReadHunspell(dic, aff io.Reader, name string) (*Wordlist, error) {
	affName := strings.TrimSuffix(name, ".dic") + ".aff"
	a, err := readAff(aff, affName)
	if err != nil {
		return nil, err
	}
	wl := &Wordlist{name: name, words: make(map[string]uint64)}
	sc := bufio.NewScanner(dic)
	sc.Buffer(nil, maxLine)
	for line := 1; sc.Scan(); line++ {
		text, err := a.decode(sc.Bytes())
		if err != nil {
			return nil, &ParseError{name, line, err}
		}
		if line == 1 {
			text = strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))
			if _, err := strconv.Atoi(text); err != nil {
				return nil, &ParseError{name, line, fmt.Errorf("first line %q should be the number of words", text)}
			}
			continue
		}
		if t := strings.TrimSpace(text); t == "" || t[0] == '#' {
			continue
		}
		word, flagText := splitDicLine(text)
		if word == "" {
			continue
		}
		if err := checkWord(word); err != nil {
			return nil, &ParseError{name, line, err}
		}
		flags, err := a.parseFlags(flagText)
		if err != nil {
			return nil, &ParseError{name, line, err}
		}
		if a.forbidden != "" && hasFlag(flags, a.forbidden) ||
			a.onlyInCompound != "" && hasFlag(flags, a.onlyInCompound) {
			continue
		}
		for _, w := range a.expand(word, flags) {
			wl.words[w] = 0
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{name, 0, err}
	}
	return wl, nil
}

// splitDicLine splits "word/FLAGS\tmorph" into word and flags; "\/" is a
// slash inside the word.
func splitDicLine(s string) (word, flags string) {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('/')
			i++
		case s[i] == '/' && i > 0:
			return b.String(), s[i+1:]
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), ""
}

// An affix is one PFX or SFX rule line.
type affix struct {
	strip, add string
	cont       []string // continuation flags
	cond       []charClass
	cross      bool
}

// A charClass is one position of an affix condition.
type charClass struct {
	any    bool
	negate bool
	runes  string
}

func (c charClass) match(r rune) bool {
	if c.any {
		return true
	}
	return strings.ContainsRune(c.runes, r) != c.negate
}

// affFile is what ReadHunspell uses of an .aff file.
type affFile struct {
	flagType       string // "", "long", "num" or "UTF-8"
	latin1         bool
	aliases        [][]string
	prefixes       map[string][]affix
	suffixes       map[string][]affix
	needAffix      string
	forbidden      string
	onlyInCompound string
}

func readAff(r io.Reader, name string) (*affFile, error) {
	a := &affFile{prefixes: map[string][]affix{}, suffixes: map[string][]affix{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, maxLine)
	type pending struct {
		kind, flag string
		cross      bool
		left       int
	}
	var cur pending
	for line := 1; sc.Scan(); line++ {
		text, err := a.decode(sc.Bytes())
		if err != nil {
			return nil, &ParseError{name, line, err}
		}
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		f := strings.Fields(text)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		bad := func(format string, args ...any) error {
			return &ParseError{name, line, fmt.Errorf(format, args...)}
		}
		switch f[0] {
		case "SET":
			if len(f) < 2 {
				return nil, bad("SET needs an encoding")
			}
			switch strings.ToUpper(f[1]) {
			case "UTF-8":
			case "ISO8859-1", "ISO-8859-1", "LATIN1":
				a.latin1 = true
			default:
				return nil, bad("unsupported encoding %q (want UTF-8 or ISO8859-1)", f[1])
			}
		case "FLAG":
			if len(f) < 2 {
				return nil, bad("FLAG needs a type")
			}
			switch f[1] {
			case "long", "num", "UTF-8":
				a.flagType = f[1]
			default:
				return nil, bad("unknown FLAG type %q (want long, num or UTF-8)", f[1])
			}
		case "AF":
			if len(f) < 2 {
				return nil, bad("AF needs flags")
			}
			if _, err := strconv.Atoi(f[1]); err == nil && len(a.aliases) == 0 && len(f) == 2 {
				continue // the count line
			}
			fl, err := a.parseFlags(f[1])
			if err != nil {
				return nil, bad("%v", err)
			}
			a.aliases = append(a.aliases, fl)
		case "NEEDAFFIX", "FORBIDDENWORD", "ONLYINCOMPOUND":
			if len(f) < 2 {
				return nil, bad("%s needs a flag", f[0])
			}
			switch f[0] {
			case "NEEDAFFIX":
				a.needAffix = f[1]
			case "FORBIDDENWORD":
				a.forbidden = f[1]
			default:
				a.onlyInCompound = f[1]
			}
		case "PFX", "SFX":
			if len(f) < 4 {
				return nil, bad("%s line needs at least 4 fields", f[0])
			}
			if cur.left == 0 || cur.kind != f[0] || cur.flag != f[1] {
				// A header: "SFX flag Y|N count".
				n, err := strconv.Atoi(f[3])
				if err != nil || n < 0 || (f[2] != "Y" && f[2] != "N") {
					return nil, bad("%s header should be %q", f[0], f[0]+" flag Y|N count")
				}
				cur = pending{f[0], f[1], f[2] == "Y", n}
				continue
			}
			x, err := a.parseAffix(f, cur.cross)
			if err != nil {
				return nil, bad("%v", err)
			}
			if f[0] == "PFX" {
				a.prefixes[f[1]] = append(a.prefixes[f[1]], x)
			} else {
				a.suffixes[f[1]] = append(a.suffixes[f[1]], x)
			}
			cur.left--
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{name, 0, err}
	}
	if cur.left > 0 {
		return nil, &ParseError{name, 0, fmt.Errorf("%s %s: %d rule lines missing", cur.kind, cur.flag, cur.left)}
	}
	return a, nil
}

// parseAffix parses "SFX flag strip add[/cont] [condition [morph...]]".
func (a *affFile) parseAffix(f []string, cross bool) (affix, error) {
	if len(f) < 4 {
		return affix{}, fmt.Errorf("%s rule needs strip and add fields", f[0])
	}
	x := affix{cross: cross}
	if f[2] != "0" {
		x.strip = f[2]
	}
	add, cont, _ := strings.Cut(f[3], "/")
	if add != "0" {
		x.add = add
	}
	if cont != "" {
		var err error
		if x.cont, err = a.parseFlags(cont); err != nil {
			return affix{}, err
		}
	}
	cond := "."
	if len(f) > 4 {
		cond = f[4]
	}
	if cond != "." {
		var err error
		if x.cond, err = parseCondition(cond); err != nil {
			return affix{}, err
		}
	}
	return x, nil
}

// parseCondition parses an affix condition such as "[^aeiou]y".
func parseCondition(s string) ([]charClass, error) {
	var cs []charClass
	for i := 0; i < len(s); {
		switch s[i] {
		case '.':
			cs = append(cs, charClass{any: true})
			i++
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("condition %q: unclosed [", s)
			}
			c := charClass{runes: s[i+1 : i+j]}
			if strings.HasPrefix(c.runes, "^") {
				c.negate, c.runes = true, c.runes[1:]
			}
			cs = append(cs, c)
			i += j + 1
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			cs = append(cs, charClass{runes: string(r)})
			i += n
		}
	}
	return cs, nil
}

// matchEnd reports whether the last runes of w match cond; matchStart the
// first.
func matchEnd(w string, cond []charClass) bool {
	for i := len(cond) - 1; i >= 0; i-- {
		r, n := utf8.DecodeLastRuneInString(w)
		if n == 0 || !cond[i].match(r) {
			return false
		}
		w = w[:len(w)-n]
	}
	return true
}

func matchStart(w string, cond []charClass) bool {
	for _, c := range cond {
		r, n := utf8.DecodeRuneInString(w)
		if n == 0 || !c.match(r) {
			return false
		}
		w = w[n:]
	}
	return true
}

// parseFlags splits a flag field by the file's FLAG type; a number names an
// AF alias when the file defines any.
func (a *affFile) parseFlags(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	if len(a.aliases) > 0 {
		if n, err := strconv.Atoi(s); err == nil {
			if n < 1 || n > len(a.aliases) {
				return nil, fmt.Errorf("flag alias %d out of range 1..%d", n, len(a.aliases))
			}
			return a.aliases[n-1], nil
		}
	}
	var out []string
	switch a.flagType {
	case "long":
		if len(s)%2 != 0 {
			return nil, fmt.Errorf("long flags %q: odd length", s)
		}
		for i := 0; i < len(s); i += 2 {
			out = append(out, s[i:i+2])
		}
	case "num":
		for p := range strings.SplitSeq(s, ",") {
			if _, err := strconv.Atoi(p); err != nil {
				return nil, fmt.Errorf("numeric flag %q: %v", p, err)
			}
			out = append(out, p)
		}
	case "UTF-8":
		for _, r := range s {
			out = append(out, string(r))
		}
	default:
		for i := 0; i < len(s); i++ {
			out = append(out, s[i:i+1])
		}
	}
	return out, nil
}

func hasFlag(flags []string, f string) bool {
	for _, x := range flags {
		if x == f {
			return true
		}
	}
	return false
}

// decode converts a line to UTF-8 by the file's SET.
func (a *affFile) decode(b []byte) (string, error) {
	if a.latin1 {
		var s strings.Builder
		for _, c := range b {
			s.WriteRune(rune(c))
		}
		return s.String(), nil
	}
	if !utf8.Valid(b) {
		return "", errors.New("line is not valid UTF-8 (missing SET ISO8859-1?)")
	}
	return string(bytes.TrimRight(b, "\r")), nil
}

// expand returns word and every form its flags derive: suffixes (and the
// suffixes their continuation flags allow), prefixes, and prefixes over
// suffixed forms when both rules allow cross products.
func (a *affFile) expand(word string, flags []string) []string {
	var out []string
	if a.needAffix == "" || !hasFlag(flags, a.needAffix) {
		out = append(out, word)
	}
	type form struct {
		w     string
		cross bool
	}
	var suffixed []form
	for _, f := range flags {
		for _, x := range a.suffixes[f] {
			w, ok := applySuffix(word, x)
			if !ok {
				continue
			}
			if a.needAffix == "" || !hasFlag(x.cont, a.needAffix) {
				out = append(out, w)
				suffixed = append(suffixed, form{w, x.cross})
			}
			for _, g := range x.cont {
				for _, y := range a.suffixes[g] {
					if w2, ok := applySuffix(w, y); ok {
						out = append(out, w2)
					}
				}
			}
		}
	}
	for _, f := range flags {
		for _, x := range a.prefixes[f] {
			w, ok := applyPrefix(word, x)
			if !ok {
				continue
			}
			out = append(out, w)
			if !x.cross {
				continue
			}
			for _, s := range suffixed {
				if s.cross {
					if w2, ok := applyPrefix(s.w, x); ok {
						out = append(out, w2)
					}
				}
			}
		}
	}
	return out
}

func applySuffix(w string, x affix) (string, bool) {
	if !strings.HasSuffix(w, x.strip) || len(w) == len(x.strip) || !matchEnd(w, x.cond) {
		return "", false
	}
	return w[:len(w)-len(x.strip)] + x.add, true
}

func applyPrefix(w string, x affix) (string, bool) {
	if !strings.HasPrefix(w, x.strip) || len(w) == len(x.strip) || !matchStart(w, x.cond) {
		return "", false
	}
	return x.add + w[len(x.strip):], true
}
