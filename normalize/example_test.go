package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/copyedit/copyedit/normalize"
)

func ExampleString() {
	fmt.Println(normalize.String("The cafÃ©â€™s â€œmenuâ€\u009d&nbsp;&amp; more"))
	// Output: The café's "menu" & more
}

func ExampleNormalizer_String() {
	n, err := normalize.New(normalize.Options{Quotes: "curly"})
	if err != nil {
		panic(err)
	}
	out, edits := n.String("\"Don't\" — itâ€™s fine")
	fmt.Println(out)
	for _, e := range edits {
		fmt.Printf("%s %d:%d %q -> %q\n", e.Rule, e.Start, e.End, e.Before, e.After)
	}
	// Output:
	// “Don’t” — it’s fine
	// quotes 0:1 "\"" -> "“"
	// quotes 4:5 "'" -> "’"
	// quotes 6:7 "\"" -> "”"
	// mojibake 14:22 "â€™" -> "’"
}

func ExampleNormalizer_Transformer() {
	n, err := normalize.New(normalize.Options{Preset: "ftfy"})
	if err != nil {
		panic(err)
	}
	r := transform.NewReader(strings.NewReader("ï¬\u0081nal\r\nline"), n.Transformer())
	io.Copy(os.Stdout, r)
	// Output:
	// final
	// line
}

func ExampleNew_error() {
	_, err := normalize.New(normalize.Options{Quotes: "fancy"})
	fmt.Println(err)
	var k interface{ Key() string }
	if e, ok := err.(interface{ Key() string }); ok {
		k = e
	}
	fmt.Println(k.Key())
	// Output:
	// normalize: quotes: unknown value "fancy" (want "ascii", "curly" or "keep")
	// quotes
}
