package spell_test

import (
	"fmt"
	"log"

	"github.com/copyedit/copyedit/dict"
	"github.com/copyedit/copyedit/spell"
)

// Correct fixes the typos of a text and reports every change as an edit.
func ExampleCorrector_Correct() {
	lex, err := dict.English()
	if err != nil {
		log.Fatal(err)
	}
	c, err := spell.New(lex, spell.Options{})
	if err != nil {
		log.Fatal(err)
	}
	out, edits := c.Correct("Kuenssberg said the goverment would go thorugh the plan.")
	fmt.Println(out)
	for _, e := range edits {
		fmt.Printf("%s: %q -> %q\n", e.Rule, e.Before, e.After)
	}
	// Output:
	// Kuenssberg said the government would go through the plan.
	// nonword: "goverment" -> "government"
	// nonword: "thorugh" -> "through"
}

// A word the evidence cannot decide is left as written and reported as a
// suspect with its candidates.
func ExampleCorrector_Correct_suspect() {
	lex, err := dict.English()
	if err != nil {
		log.Fatal(err)
	}
	c, err := spell.New(lex, spell.Options{})
	if err != nil {
		log.Fatal(err)
	}
	out, edits := c.Correct("They would cede the land fo Moscow.")
	fmt.Println(out)
	for _, e := range edits {
		fmt.Println(e.Suspect, e.Before, e.Candidates)
	}
	// Output:
	// They would cede the land fo Moscow.
	// true fo [of for to]
}

// Options change what is corrected: here US spellings are turned British.
func ExampleNew_locale() {
	lex, err := dict.English()
	if err != nil {
		log.Fatal(err)
	}
	c, err := spell.New(lex, spell.Options{Locale: "en-GB"})
	if err != nil {
		log.Fatal(err)
	}
	out, _ := c.Correct("The color of the defense was a surprise.")
	fmt.Println(out)
	// Output:
	// The colour of the defence was a surprise.
}

// Suggest ranks the corrections of a word on its own.
func ExampleCorrector_Suggest() {
	lex, err := dict.English()
	if err != nil {
		log.Fatal(err)
	}
	c, err := spell.New(lex, spell.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Suggest("accomodate", 1))
	// Output:
	// [accommodate]
}
