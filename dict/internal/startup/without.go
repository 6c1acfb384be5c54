//go:build nodict

package main

func load() (bool, error) { return false, nil }

func warm() error { return nil }
