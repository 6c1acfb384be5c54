package copyedit_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/copyedit/copyedit"
)

// The zero Config is the default pipeline: normalize, boilerplate, spell.
func Example() {
	p, err := copyedit.New(copyedit.Config{})
	if err != nil {
		log.Fatal(err)
	}
	raw := " date 2025-01-20 Your support helps us to tell the story Read more Support Now\n\n" +
		"The councilâ€™s goverment liaison said the the vote was â€œa signifcant stepâ€\u009d.\n\n" +
		"Residents will be consulted on the new bus routes before the plan goes to a final vote in March.\n"
	res, err := p.Clean(context.Background(), copyedit.Document{Text: raw})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(res.Document.Text)
	fmt.Println("date:", res.Document.Meta["date"])
	// Output:
	// The council's government liaison said the vote was "a significant step".
	//
	// Residents will be consulted on the new bus routes before the plan goes to a final vote in March.
	// date: 2025-01-20
}

// Every change is reported as an Edit.
func ExamplePipeline_Clean_edits() {
	p, err := copyedit.New(copyedit.Config{Stages: []string{"spell"}})
	if err != nil {
		log.Fatal(err)
	}
	res, err := p.Clean(context.Background(), copyedit.Document{Text: "They walked thorugh the park."})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range res.Edits {
		fmt.Printf("%s/%s %d-%d %q -> %q\n", e.Stage, e.Rule, e.Start, e.End, e.Before, e.After)
	}
	// Output:
	// spell/nonword 12-19 "thorugh" -> "through"
}

// A config can be read from TOML text (or a file, with LoadConfig).
func ExampleParseConfig() {
	cfg, err := copyedit.ParseConfig([]byte(`
stages = ["normalize"]

[normalize]
quotes = "curly"
`), "example.toml")
	if err != nil {
		log.Fatal(err)
	}
	p, err := copyedit.New(cfg)
	if err != nil {
		log.Fatal(err)
	}
	out, err := p.CleanString(context.Background(), `She said "it's done".`)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(out)
	// Output:
	// She said “it’s done”.
}

// Errors in a config name the file, the line and the key.
func ExampleParseConfig_error() {
	_, err := copyedit.ParseConfig([]byte("[spell]\nmin_confidense = 0.9\n"), ".copyedit.toml")
	fmt.Println(err)
	// Output:
	// .copyedit.toml:2: unknown key "spell.min_confidense"
}

// CleanReader cleans a document from an io.Reader to an io.Writer.
func ExamplePipeline_CleanReader() {
	p, err := copyedit.New(copyedit.Config{Stages: []string{"normalize"}})
	if err != nil {
		log.Fatal(err)
	}
	in := strings.NewReader("Ｆｕｌｌ\u00a0width &amp; ﬁne\u200b print\r\n")
	if _, err := p.CleanReader(context.Background(), os.Stdout, in); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Full width & fine print
}
