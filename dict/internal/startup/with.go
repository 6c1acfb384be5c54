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
