//go:build unix

package main

import (
	"os"
	"syscall"
)

// keepOwner gives tmp the owner and group of the file fi describes, so that
// a rewrite by root does not take the file over. Only root can give a
// file away; for anyone else the owner is already right or the call fails
// harmlessly (the group is kept where the user may set it).
func keepOwner(tmp *os.File, fi os.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if int(st.Uid) == os.Getuid() && int(st.Gid) == os.Getgid() {
		return nil
	}
	if err := tmp.Chown(int(st.Uid), int(st.Gid)); err != nil && os.Getuid() == 0 {
		return err
	}
	return nil
}
