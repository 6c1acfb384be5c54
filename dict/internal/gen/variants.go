package main

import (
	"sort"
	"strings"
)

// Locales, in the order the variant file lists them, with the SCOWL
// spelling lists that make a word belong to each.
var locales = []struct {
	tag   string
	flags uint8
}{
	{"en-US", spEnglish | spAmerican},
	{"en-GB", spEnglish | spBritish},
	{"en-GB-ize", spEnglish | spBritishZ},
	{"en-CA", spEnglish | spCanadian},
}

// usToUK are the substring rewrites that turn an American spelling into a
// British (or Oxford, or Canadian) one. They over-generate; a rewrite only
// counts when it lands on a word SCOWL lists for another locale and not for
// America.
var usToUK = [][2]string{
	{"or", "our"},     // color → colour
	{"er", "re"},      // center → centre
	{"z", "s"},        // organize → organise, analyze → analyse, cozy → cosy
	{"ens", "enc"},    // defense → defence
	{"og", "ogue"},    // catalog → catalogue
	{"e", "ae"},       // anemia → anaemia
	{"e", "oe"},       // fetus → foetus
	{"l", "ll"},       // traveled → travelled
	{"ll", "l"},       // fulfill → fulfil
	{"gm", "gem"},     // judgment → judgement
	{"ay", "ey"},      // gray → grey
	{"ow", "ough"},    // plow → plough
	{"eck", "eque"},   // check → cheque
	{"ire", "yre"},    // tire → tyre
	{"am", "amme"},    // program → programme
	{"um", "ium"},     // aluminum → aluminium
	{"ol", "oul"},     // mold → mould
	{"k", "c"},        // skeptic → sceptic
	{"ry", "ery"},     // jewelry → jewellery
	{"us", "ous"},     // mustache → moustache
	{"x", "xe"},       // ax → axe
	{"i", "e"},        // artifact → artefact
	{"aj", "yj"},      // pajamas → pyjamas
	{"ction", "xion"}, // connection → connexion
	{"ory", "orey"},   // story → storey
	{"ense", "ence"},  // license → licence
	{"ete", "ette"},   // omelet(te)
	{"et", "ette"},    // omelet → omelette
	{"ed", "t"},       // (rarely locale-specific: spelled → spelt)
	{"eu", "oeu"},     // maneuver → manoeuvre (with er → re)
	{"ize", "ise"},    // redundant with z → s, kept for clarity
	{"ization", "isation"},
}

// rewrites returns every string reachable from w by applying one rule at
// one position, once or twice.
func rewrites(w string) []string {
	seen := map[string]bool{w: true}
	var out []string
	frontier := []string{w}
	for depth := 0; depth < 2; depth++ {
		var next []string
		for _, s := range frontier {
			for _, r := range usToUK {
				for i := 0; ; {
					j := strings.Index(s[i:], r[0])
					if j < 0 {
						break
					}
					j += i
					if skipRewrite(s, j, r) {
						i = j + 1
						continue
					}
					c := s[:j] + r[1] + s[j+len(r[0]):]
					if !seen[c] {
						seen[c] = true
						out = append(out, c)
						next = append(next, c)
					}
					i = j + 1
				}
			}
		}
		frontier = next
	}
	return out
}

// variantGroups pairs each America-only spelling with the spellings other
// locales use instead, and returns the groups (each sorted, the list sorted
// by first member). Only words of the lexicon take part.
func variantGroups(words map[string]scowlWord) [][]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[ra] = ra
		parent[rb] = ra
	}
	us := make([]string, 0)
	for w, sw := range words {
		if sw.flags&spAmerican != 0 && sw.flags&spEnglish == 0 {
			us = append(us, w)
		}
	}
	sort.Strings(us)
	const other = spBritish | spBritishZ | spCanadian
	for _, w := range us {
		for _, c := range rewrites(w) {
			sw, ok := words[c]
			if ok && sw.flags&(spEnglish|spAmerican) == 0 && sw.flags&other != 0 {
				union(w, c)
			}
		}
	}
	groups := map[string][]string{}
	for w := range parent {
		r := find(w)
		groups[r] = append(groups[r], w)
	}
	var out [][]string
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// variantLine formats a group as "color:en-US colour:en-GB,en-GB-ize,en-CA".
// Members no listed locale uses are left out.
func variantLine(words map[string]scowlWord, g []string) string {
	var b strings.Builder
	for _, w := range g {
		var tags []string
		for _, l := range locales {
			if words[w].flags&l.flags != 0 {
				tags = append(tags, l.tag)
			}
		}
		if len(tags) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		b.WriteByte(':')
		b.WriteString(strings.Join(tags, ","))
	}
	return b.String()
}

// skipRewrite vetoes rewrites the rules over-apply: a final -ae is a Latin
// plural (lunule, lunulae), and -er- in the word's first syllable is no
// -er/-re ending (perform, therapy).
func skipRewrite(s string, j int, r [2]string) bool {
	switch r[1] {
	case "ae", "oe":
		return j == len(s)-1
	case "re":
		return !strings.ContainsAny(s[:j], "aeiouy")
	}
	return false
}
