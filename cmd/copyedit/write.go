package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFileAtomic replaces the file at name with data: it writes a
// temporary file in the same directory, syncs it, gives it perm and renames
// it over the original, so a reader sees the old file or the new one, never
// a mix, and a failure at any step leaves the original as it was. A file
// without write permission is refused, as a plain write would be.
func writeFileAtomic(name string, data []byte, perm fs.FileMode) error {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return err
	}
	fi, err := os.Stat(target)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s: permission denied (file is read-only)", name)
	}
	if f, err := os.OpenFile(target, os.O_WRONLY, 0); err != nil {
		return err
	} else {
		f.Close()
	}
	return replaceFile(target, data, perm)
}

// writeOutputFile writes data to name atomically, creating it with perm if
// it does not exist and keeping its mode if it does. Because the new
// content goes to a temporary file first, name may be the input file.
func writeOutputFile(name string, data []byte, perm fs.FileMode) error {
	target := name
	if t, err := filepath.EvalSymlinks(name); err == nil {
		target = t
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if fi, err := os.Stat(target); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("not a regular file")
		}
		perm = fi.Mode().Perm()
	}
	return replaceFile(target, data, perm)
}

func replaceFile(target string, data []byte, perm fs.FileMode) (err error) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".copyedit-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}
