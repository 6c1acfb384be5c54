// Package generate shows copyedit as a go:generate step: running
// `go generate ./examples/generate` cleans raw/article.txt into
// clean/article.txt before a build, so the program can embed clean text.
package generate

//go:generate go run github.com/copyedit/copyedit/cmd/copyedit -o clean/article.txt raw/article.txt

import _ "embed"

// Article is the cleaned article, embedded at build time.
//
//go:embed clean/article.txt
var Article string
