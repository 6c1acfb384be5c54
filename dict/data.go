package dict

import _ "embed"

// The generated data files; dict/internal/gen writes them and README.md
// describes their format.
var (
	//go:embed data/words.txt
	wordsTxt string // the words, sorted bytewise, each followed by '\n'
	//go:embed data/counts.bin
	countsBin string // per word, its count as a 40-bit little-endian integer
	//go:embed data/bigrams.bin
	bigramsBin string // per bigram, sorted: word index a (24 bits), b (24 bits), count (32 bits), little-endian
	//go:embed data/variants.txt
	variantsTxt string // per line a variant group: "color:en-US colour:en-GB,en-GB-ize,en-CA"
	//go:embed data/attested.txt
	attestedTxt string // the attested tier: sorted lowercase words, each followed by '\n'

)
