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
	vs := l.base.variantIndex()[e]
	if vs == nil {
		return nil
	}
	return append([]Variant(nil), vs...)
}

// variantIndex parses the variant groups on first use.
func (t *table) variantIndex() map[string][]Variant {
	t.varOnce.Do(func() {
		t.variants = make(map[string][]Variant)
		for line := range strings.Lines(t.variantsTxt) {
			var group []Variant
			var words []string
			for f := range strings.FieldsSeq(line) {
				w, tags, ok := strings.Cut(f, ":")
				if !ok {
					continue
				}
				words = append(words, w)
				for tag := range strings.SplitSeq(tags, ",") {
					group = append(group, Variant{Word: w, Locale: tag})
				}
			}
			for _, w := range words {
				t.variants[w] = group
			}
		}
	})
	return t.variants
}
