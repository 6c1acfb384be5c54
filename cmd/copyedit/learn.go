package main

import (
	"context"
	"fmt"
	"io"
)

// runLearn is the "copyedit learn" subcommand.
func runLearn(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintf(stderr, "%s: learn: not implemented yet\n", progName)
	return 2
}

// learnFrom runs the -learn pass over the inputs.
func (m *mainState) learnFrom(files []string) error {
	return fmt.Errorf("-learn: not implemented yet")
}
