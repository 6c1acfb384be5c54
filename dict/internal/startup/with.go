//go:build !nodict

package main

import "github.com/copyedit/copyedit/dict"

func load() (bool, error) {
	l, err := dict.English()
	if err != nil {
		return false, err
	}
	return l.Known("The"), nil
}

// warm builds the lazily built parts: the mixed-case index, the variant
// groups and the attested tier's offsets.
func warm() error {
	l, err := dict.English()
	if err != nil {
		return err
	}
	l.Known("LONDON")
	l.Known("QZXV") // an unknown all-capitals word builds the mixed-case index
	l.Variants("colour")
	l.Attested("chai")
	return nil
}
