package spell

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copyedit/copyedit/edit"
)

func formatEdit(e edit.Edit) string {
	if e.Suspect {
		return fmt.Sprintf("%d:%d %s suspect %q [%s] %.2f", e.Start, e.End, e.Rule, e.Before, strings.Join(e.Candidates, ", "), e.Confidence)
	}
	return fmt.Sprintf("%d:%d %s %q -> %q %.2f", e.Start, e.End, e.Rule, e.Before, e.After, e.Confidence)
}

// fuzzSeeds are the seed corpus of the fuzz tests.
var fuzzSeeds = []string{
	"", "a", "to to", "thorugh the door", "The goverment's plan, untill today.",
	"inthe gover nment raidein", "Kuenssberg spoke to Witkoff.", "fo", "x\xffy thorugh",
	"https://a.b/c?d=e thorugh", "THORUGH THE HILLS", "naïve cafés résumé", "’s 's '",
	"to\nto\r\nto", "a-b-c goverment-led", strings.Repeat("teh ", 40),
	"The hte report.", "Ala tx babbc", "a yhe the thr end", "Hte hte", "tc coac tx babbc",
	"We recieve letters. They recieve calls.", "crème façade rôle", "lockdown wellbeing",
	"of of of of\nthe the\nthe\nthe end", "Whoever wins wins.", "the foetus annexe tories",
	"about has own plans", "how may people", "along thee thee river", "it wax a", "I came form the city",
	"we can't wait, it won’t be", "the city center of", "too too the", "has has own",
	"beeen helpfull, sooo “managment” ereport Helpfull helpfull’s",
	"Dr. Yoo met Mr. Adn. J. K. Tedros, e.g. U.S. Farage etc. Teh a thorugh job etc.. Ehr",
	"(Prof.\n\nNxet Inc.", "I thnik. A thorugh ft. No.",
	"at 5 p.m. Afterwrds, U.S. Goverment Plan B. Thsi vitamin D. Teh George W. Bsuh",
	"They [the goverment] [sic], a[i] [[wiki]] [1] ([goverment]) “[Goverment]” [] ] [",
	"use the --verbos flag, -rf and initalise()", "We went tothe shops inthe morning.",
	"the jorney of a torist", "yor fourm advize exercize", "foetid milligramme tradie",
}

// FuzzCorrect checks the invariants on any input: no panic, edits that
// describe the change exactly, line breaks kept, valid UTF-8 kept valid, the same result on
// every run, and nothing left to change in the output.
func FuzzCorrect(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	c := corrector(f)
	f.Fuzz(func(t *testing.T, in string) { checkInvariants(t, c, in) })
}

// FuzzCorrectRealWords is FuzzCorrect with real_words on.
func FuzzCorrectRealWords(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	c := realWordsCorrector(f)
	f.Fuzz(func(t *testing.T, in string) { checkInvariants(t, c, in) })
}

// FuzzCorrectSpacesOff is FuzzCorrect with spaces "off": in addition, no
// edit may split or join words, nor change the number of words.
func FuzzCorrectSpacesOff(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	c, err := New(englishLexicon(f), Options{Spaces: "off"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, c, in)
		_, edits := c.Correct(in)
		for _, e := range edits {
			if !e.Suspect && (e.Rule == "split" || e.Rule == "join") {
				t.Fatalf("spaces off, yet %s", formatEdit(e))
			}
		}
	})
}

// checkInvariants checks what FuzzCorrect promises of c on in.
func checkInvariants(t *testing.T, c *Corrector, in string) {
	out, edits := c.Correct(in)
	rebuilt, pos := "", 0
	for _, e := range edits {
		if e.Start < pos || e.End < e.Start || e.End > len(in) || in[e.Start:e.End] != e.Before {
			t.Fatalf("bad edit %+v on %q", e, in)
		}
		rebuilt += in[pos:e.Start] + e.After
		pos = e.End
		if e.Confidence < 0 || e.Confidence > 1 {
			t.Fatalf("confidence out of range: %+v", e)
		}
	}
	if rebuilt+in[pos:] != out {
		t.Fatalf("edits do not rebuild the output of %q", in)
	}
	if strings.Count(out, "\n") != strings.Count(in, "\n") {
		t.Fatalf("lines joined or split in %q: %q", in, out)
	}
	if utf8.ValidString(in) && !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 out of %q", in)
	}
	if out2, _ := c.Correct(in); out2 != out {
		t.Fatalf("not deterministic on %q", in)
	}
	out3, edits3 := c.Correct(out)
	if out3 != out {
		t.Fatalf("not idempotent on %q: %q then %q", in, out, out3)
	}
	for _, e := range edits3 {
		if !e.Suspect || e.Before != e.After {
			t.Fatalf("a second run changes %q: %s", out, formatEdit(e))
		}
	}
}
