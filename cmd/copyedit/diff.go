package main

import (
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// unifiedDiff returns a unified diff of a and b with three lines of
// context, headed a/name and b/name, or "" if they are equal.
func unifiedDiff(name, a, b string) string {
	if a == b {
		return ""
	}
	d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A:        splitLines(a),
		B:        splitLines(b),
		FromFile: "a/" + name,
		ToFile:   "b/" + name,
		Context:  3,
	})
	if err != nil {
		// difflib only fails when writing to its buffer fails.
		return ""
	}
	return d
}

// splitLines splits s after each newline; a last line without one gets a
// marker, as diff(1) prints it.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		lines[len(lines)-1] += "\n\\ No newline at end of file\n"
	}
	return lines
}
