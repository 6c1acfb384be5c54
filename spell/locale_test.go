package spell

import (
	"sync"
	"testing"

	"github.com/copyedit/copyedit/edit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	localeOnce sync.Once
	localeGB   *Corrector
	localeUS   *Corrector
)

// localeCorrectors returns correctors for en-GB and en-US over the
// built-in lexicon.
func localeCorrectors(t testing.TB) (gb, us *Corrector) {
	t.Helper()
	localeOnce.Do(func() {
		var err error
		localeGB, err = New(englishLexicon(t), Options{Locale: "en-GB"})
		require.NoError(t, err)
		localeUS, err = New(englishLexicon(t), Options{Locale: "en-US"})
		require.NoError(t, err)
	})
	return localeGB, localeUS
}

// localeCase is a text, its conversion to en-GB and its conversion to
// en-US.
type localeCase struct {
	name   string
	in     string
	gb, us string
	oneWay bool // converting one way and back does not restore the text
}

var localeCases = []localeCase{
	// Names: a capitalised word that does not open a sentence, alone or
	// in a phrase, and a sentence opener followed by a capitalised word
	// or by "for"/"of" and one.
	{"name phrases",
		"Crowds filled the Lincoln Center, then sailed from Pearl Harbor; the Australian Labor Party lost.",
		"Crowds filled the Lincoln Center, then sailed from Pearl Harbor; the Australian Labor Party lost.",
		"Crowds filled the Lincoln Center, then sailed from Pearl Harbor; the Australian Labor Party lost.", false},
	{"british name phrases",
		"Tickets for the Barbican Centre sold out before the Labour Party rally.",
		"Tickets for the Barbican Centre sold out before the Labour Party rally.",
		"Tickets for the Barbican Centre sold out before the Labour Party rally.", false},
	{"lone capitalised word mid-sentence",
		"The Labour manifesto named a Center spokesman and a Harbour official.",
		"The Labour manifesto named a Center spokesman and a Harbour official.",
		"The Labour manifesto named a Center spokesman and a Harbour official.", false},
	{"opener of a name",
		"Labor Day was quiet. Centre Court was full. Labour MPs left. Labour’s leader spoke. Center for Rural Studies staff left. Theatre of Dreams.",
		"Labor Day was quiet. Centre Court was full. Labour MPs left. Labour’s leader spoke. Center for Rural Studies staff left. Theatre of Dreams.",
		"Labor Day was quiet. Centre Court was full. Labour MPs left. Labour’s leader spoke. Center for Rural Studies staff left. Theatre of Dreams.", false},
	{"ordinary opener",
		"Colour matters here. Color fades fast. Centre of gravity shifts.",
		"Colour matters here. Colour fades fast. Centre of gravity shifts.",
		"Color matters here. Color fades fast. Center of gravity shifts.", false},
	{"names next to ordinary words",
		"Kennedy Center staff honoured the colour guard near the harbor.",
		"Kennedy Center staff honoured the colour guard near the harbour.",
		"Kennedy Center staff honored the color guard near the harbor.", false},
	// The honour family, which the variant groups list only in part.
	{"honour",
		"It was an honour, an honor and a great HONOUR. Honour them.",
		"It was an honour, an honour and a great HONOUR. Honour them.",
		"It was an honor, an honor and a great HONOUR. Honor them.", false},
	{"honour family",
		"An honourable man, honorable acts, honours and honors, honoured and honored, dishonour.",
		"An honourable man, honourable acts, honours and honours, honoured and honoured, dishonour.",
		"An honorable man, honorable acts, honors and honors, honored and honored, dishonor.", false},
	{"other gaps in the groups",
		"The armour, the armor; a saviour, a savior; coloured and colored; a sabre and a saber; grey mould, gray mold.",
		"The armour, the armour; a saviour, a saviour; coloured and coloured; a sabre and a sabre; grey mould, grey mould.",
		"The armor, the armor; a savior, a savior; colored and colored; a saber and a saber; gray mold, gray mold.", false},
	// Words consistently converted with humour, favour, labour.
	{"the -our words",
		"Humour and humor, favour and favor, labour and labor, neighbour and neighbor.",
		"Humour and humour, favour and favour, labour and labour, neighbour and neighbour.",
		"Humor and humor, favor and favor, labor and labor, neighbor and neighbor.", false},
	// Possessives, by their stem, keeping the apostrophe.
	{"possessives",
		"The organizer's plan, the organiser's fee, the organizers' and organisers' votes.",
		"The organiser's plan, the organiser's fee, the organisers' and organisers' votes.",
		"The organizer's plan, the organizer's fee, the organizers' and organizers' votes.", false},
	{"typographic possessives",
		"The realization’s cost and the realisation’s cost; the colour’s depth and the color’s depth.",
		"The realisation’s cost and the realisation’s cost; the colour’s depth and the colour’s depth.",
		"The realization’s cost and the realization’s cost; the color’s depth and the color’s depth.", false},
	{"possessive in capitals",
		"THE ORGANIZER'S COLOUR'S DEPTH",
		"THE ORGANIZER'S COLOUR'S DEPTH",
		"THE ORGANIZER'S COLOUR'S DEPTH", false},
	// Inflections and the parts of hyphenated compounds.
	{"inflections",
		"Colourful and colorful; organising and organizing; centres and centers; analysed and analyzed.",
		"Colourful and colourful; organising and organising; centres and centres; analysed and analysed.",
		"Colorful and colorful; organizing and organizing; centers and centers; analyzed and analyzed.", false},
	{"hyphen parts",
		"A colour-blind test, a color-blind test, a well-organised and well-organized team.",
		"A colour-blind test, a colour-blind test, a well-organised and well-organised team.",
		"A color-blind test, a color-blind test, a well-organized and well-organized team.", false},
	// Capitals: a headline word is converted, a short one may be an
	// acronym.
	// Capitals are never converted: a name in capitals ("KENNEDY
	// CENTER") looks like any other word.
	{"capitals",
		"LABOUR HONOURED THE HONORABLE ORGANIZER AND THE KENNEDY CENTER",
		"LABOUR HONOURED THE HONORABLE ORGANIZER AND THE KENNEDY CENTER",
		"LABOUR HONOURED THE HONORABLE ORGANIZER AND THE KENNEDY CENTER", false},
	// Words that look like variants but are not converted.
	{"not variants",
		"The soup was saltier. A saltire flew. The analyses were checked. We toured the four hours.",
		"The soup was saltier. A saltire flew. The analyses were checked. We toured the four hours.",
		"The soup was saltier. A saltire flew. The analyses were checked. We toured the four hours.", false},
}

func TestLocaleConversions(t *testing.T) {
	gb, us := localeCorrectors(t)
	for _, tc := range localeCases {
		t.Run(tc.name, func(t *testing.T) {
			for _, x := range []struct {
				c    *Corrector
				want string
			}{{gb, tc.gb}, {us, tc.us}} {
				edits := check(t, x.c, tc.in, x.want)
				for _, e := range edits {
					if !e.Suspect {
						assert.Equal(t, "locale", e.Rule, "edit %+v", e)
					}
				}
				out, edits := x.c.Correct(x.want)
				assert.Equal(t, x.want, out, "%s not idempotent", x.c.opts.Locale)
				assert.Empty(t, changesOnly(edits))
			}
		})
	}
}

// TestLocaleRoundTrip checks that converting one way and back restores the
// text: the conversions are symmetric.
func TestLocaleRoundTrip(t *testing.T) {
	gb, us := localeCorrectors(t)
	for _, tc := range localeCases {
		if tc.oneWay {
			continue
		}
		back, _ := gb.Correct(tc.us)
		assert.Equal(t, tc.gb, back, "%s: en-US then en-GB", tc.name)
		back, _ = us.Correct(tc.gb)
		assert.Equal(t, tc.us, back, "%s: en-GB then en-US", tc.name)
	}
}

// TestLocaleUnset checks that without a locale both spellings stay.
func TestLocaleUnset(t *testing.T) {
	c := corrector(t)
	for _, tc := range localeCases {
		out, edits := c.Correct(tc.in)
		assert.Equal(t, tc.in, out, tc.name)
		assert.Empty(t, changesOnly(edits), tc.name)
	}
}

// TestLocaleEdit checks the edit a possessive gets.
func TestLocaleEdit(t *testing.T) {
	_, us := localeCorrectors(t)
	in := "The colour’s depth."
	_, edits := us.Correct(in)
	require.Len(t, edits, 1)
	e := edits[0]
	assert.Equal(t, "colour’s", e.Before)
	assert.Equal(t, "color’s", e.After)
	assert.Equal(t, in[e.Start:e.End], e.Before)
	assert.Equal(t, "locale", e.Rule)
	assert.Equal(t, 1.0, e.Confidence)
}

// FuzzLocale checks the invariants of FuzzCorrect with each locale set.
func FuzzLocale(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, tc := range localeCases {
		f.Add(tc.in)
	}
	gb, us := localeCorrectors(f)
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, gb, in)
		checkInvariants(t, us, in)
	})
}

// changesOnly returns the edits that change the text.
func changesOnly(edits []edit.Edit) []edit.Edit {
	var out []edit.Edit
	for _, e := range edits {
		if !e.Suspect {
			out = append(out, e)
		}
	}
	return out
}

// TestVariantPair checks that real_words never takes one locale's spelling
// for a slip for the other's, also where the variant groups lack the pair.
func TestVariantPair(t *testing.T) {
	c := corrector(t)
	for _, p := range [][2]string{
		{"center", "centre"}, {"honor", "honour"}, {"honour", "honor"}, {"armor", "armour"},
		{"gray", "grey"}, {"mould", "mold"}, {"honorable", "honourable"},
	} {
		assert.True(t, c.variantPair(p[0], p[1]), "%s, %s", p[0], p[1])
	}
	for _, p := range [][2]string{
		{"saltier", "saltire"}, {"tour", "tor"}, {"honor", "donor"}, {"armor", "armory"}, {"hour", "hor"},
	} {
		assert.False(t, c.variantPair(p[0], p[1]), "%s, %s", p[0], p[1])
	}
}

// TestLocaleOptionSpelling checks that the locale is read as a language
// tag: case-insensitive, with a hyphen or a POSIX underscore.
func TestLocaleOptionSpelling(t *testing.T) {
	lex := englishLexicon(t)
	for _, v := range []string{"en-gb", "EN-GB", "en_GB"} {
		c, err := New(lex, Options{Locale: v})
		require.NoError(t, err, v)
		out, _ := c.Correct("The color of the defense.")
		assert.Equal(t, "The colour of the defence.", out, v)
	}
	_, err := New(lex, Options{Locale: "en-AU"})
	require.Error(t, err)
}
