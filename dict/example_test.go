package dict_test

import (
	"fmt"
	"strings"

	"github.com/copyedit/copyedit/dict"
)

func ExampleEnglish() {
	en, err := dict.English()
	if err != nil {
		panic(err)
	}
	fmt.Println(en.Known("colour"), en.Known("The"), en.Known("LONDON"), en.Known("london"))
	fmt.Println(en.Count("colour") > 0, en.Bigram("of", "the") > en.Bigram("in", "the"))
	// Output:
	// true true true false
	// true true
}

func ExampleLexicon_Lookup() {
	en, _ := dict.English()
	for _, w := range []string{"The", "MCDONALD", "don’t", "teh"} {
		e, _, ok := en.Lookup(w)
		fmt.Printf("%s → %q %v\n", w, e, ok)
	}
	// Output:
	// The → "the" true
	// MCDONALD → "McDonald" true
	// don’t → "don't" true
	// teh → "" false
}

func ExampleLexicon_Variants() {
	en, _ := dict.English()
	for _, v := range en.Variants("organise") {
		fmt.Println(v.Locale, v.Word)
	}
	// Output:
	// en-GB organise
	// en-US organize
	// en-GB-ize organize
	// en-CA organize
}

func ExampleLexicon_With() {
	en, _ := dict.English()
	house, err := dict.ReadWordList(strings.NewReader("# house words\nZelenskyy 5000000\nKyiv\n"), "house.txt")
	if err != nil {
		panic(err)
	}
	l := en.With(house)
	fmt.Println(en.Known("Kyiv"), l.Known("Kyiv"), l.Count("Zelenskyy"), l.Count("Kyiv") == dict.UserCount)
	// Output:
	// false true 5000000 true
}

func ExampleNew() {
	l := dict.New(map[string]uint64{"of": 10, "the": 20}, map[[2]string]uint64{{"of", "the"}: 5})
	fmt.Println(l.Len(), l.Known("The"), l.Bigram("Of", "the"))
	// Output:
	// 2 true 5
}
