package dict

import "strings"

// Locales are the locale tags [Variant] uses, in the order Variants lists
// them: American, British (-ise), British Oxford spelling (-ize) and
// Canadian.
var Locales = []string{"en-US", "en-GB", "en-GB-ize", "en-CA"}

// A Variant is one spelling of a word together with the locale that uses it.
type Variant struct {
	Word   string // the spelling, e.g. "colour"
	Locale string // one of Locales
}

// Variants returns the spellings of word in every locale, including word
// itself, or nil if it has none. Word is resolved as [Lexicon.Known]
// resolves it. There is one Variant per spelling and locale that uses it,
// ordered by spelling, then by Locales:
//
//	Variants("colour") = [{color en-US} {colour en-GB} {colour en-GB-ize} {colour en-CA}]
//
// The slice is the caller's to keep or modify.
func (l *Lexicon) Variants(word string) []Variant {
	if l.base == nil {
		return nil
	}
	e, _, ok := l.resolve(word)
	if !ok {
		return nil
	}
	off, ok := l.base.variantIndex()[e]
	if !ok {
		return nil
	}
	line := l.base.variantsTxt[off:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	var vs []Variant
	for f := range strings.FieldsSeq(line) {
		w, tags, _ := strings.Cut(f, ":")
		for tag := range strings.SplitSeq(tags, ",") {
			vs = append(vs, Variant{Word: w, Locale: tag})
		}
	}
	return vs
}

// variantIndex maps each spelling in the variant file to the offset of its
// line, building the map on first use.
func (t *table) variantIndex() map[string]int32 {
	t.varOnce.Do(func() {
		t.variants = make(map[string]int32, 2*strings.Count(t.variantsTxt, "\n"))
		off := 0
		for off < len(t.variantsTxt) {
			line := t.variantsTxt[off:]
			end := strings.IndexByte(line, '\n')
			if end < 0 {
				end = len(line)
			}
			line = line[:end]
			for len(line) > 0 {
				f := line
				if k := strings.IndexByte(line, ' '); k >= 0 {
					f, line = line[:k], line[k+1:]
				} else {
					line = ""
				}
				if w, _, ok := strings.Cut(f, ":"); ok && w != "" {
					t.variants[w] = int32(off)
				}
			}
			off += end + 1
		}
	})
	return t.variants
}
