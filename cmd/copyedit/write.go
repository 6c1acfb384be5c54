package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// resolveTarget follows name through symbolic links, including a last link
// whose target does not exist yet, so that a write replaces the file a
// link points to and never the link itself.
func resolveTarget(name string) (string, error) {
	for range 40 {
		fi, err := os.Lstat(name)
		if errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return name, nil
		}
		link, err := os.Readlink(name)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(name), link)
		}
		name = link
	}
	return "", fmt.Errorf("too many levels of symbolic links")
}

// checkWritable refuses what a plain write would refuse for an ordinary
// user, even when running as root: a read-only file or a file in a
// read-only directory. When mustExist is false the file may be missing.
func checkWritable(target string, mustExist bool) error {
	fi, err := os.Stat(target)
	switch {
	case err == nil:
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("not a regular file")
		}
		if fi.Mode().Perm()&0o200 == 0 {
			return fmt.Errorf("permission denied (the file is read-only)")
		}
	case errors.Is(err, fs.ErrNotExist) && !mustExist:
	default:
		return err
	}
	di, err := os.Stat(filepath.Dir(target))
	if err != nil {
		return err
	}
	if di.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("permission denied (the directory is read-only)")
	}
	return nil
}

// writeFileAtomic replaces the existing file at name with data: it writes
// a temporary file in the same directory, syncs it, gives it the file's
// mode and owner and renames it over the original, so a reader sees the old
// file or the new one, never a mix, and a failure at any step leaves the
// original as it was.
func writeFileAtomic(name string, data []byte) error {
	target, err := resolveTarget(name)
	if err != nil {
		return err
	}
	if err := checkWritable(target, true); err != nil {
		return err
	}
	return replaceFile(target, data, 0) // commitTemp takes the mode from target
}

// writeOutputFile writes data to name atomically, creating it with perm if
// it does not exist and keeping its mode if it does. Because the new
// content goes to a temporary file first, name may be the input file.
func writeOutputFile(name string, data []byte, perm fs.FileMode) error {
	target, err := resolveTarget(name)
	if err != nil {
		return err
	}
	if err := checkWritable(target, false); err != nil {
		return err
	}
	if fi, err := os.Stat(target); err == nil {
		perm = fi.Mode().Perm()
	}
	return replaceFile(target, data, perm)
}

func replaceFile(target string, data []byte, perm fs.FileMode) (err error) {
	tmp, err := createTemp(target)
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
	return commitTemp(tmp, target, perm)
}

// createTemp creates the temporary file that will replace target, in the
// same directory so that the final rename is atomic.
func createTemp(target string) (*os.File, error) {
	return os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".copyedit-*")
}

// commitTemp gives tmp the mode perm (with any setuid, setgid and sticky
// bits) and, when target exists, its owner; then it syncs and closes tmp and
// renames it over target. On error the caller removes tmp.
func commitTemp(tmp *os.File, target string, perm fs.FileMode) error {
	if fi, err := os.Stat(target); err == nil {
		perm = fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
		if err := keepOwner(tmp, fi); err != nil {
			return err
		}
	}
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}
