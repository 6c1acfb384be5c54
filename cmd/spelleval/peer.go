package main

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// A peer is an ispell-compatible checker (aspell, hunspell) driven through
// its -a pipe: one word a line in, one answer a line out.
type peer struct {
	name string
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
}

// startPeer starts name with args, or returns nil if it is not installed.
func startPeer(name string, args ...string) (*peer, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return nil, nil
	}
	cmd := exec.Command(path, args...)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &peer{name: name, cmd: cmd, in: in, out: bufio.NewReader(out)}
	if _, err := p.out.ReadString('\n'); err != nil { // the banner
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// top returns the peer's first suggestion for word, "" if it has none or
// accepts the word.
func (p *peer) top(word string) (string, error) {
	ok, best, _, err := p.check(word)
	if ok {
		return "", err
	}
	return best, err
}

// check asks the peer about one word: ok if it accepts every part it
// checked, the first suggestion it made ("" if none), and the number of
// parts it checked (more than one if it split the word, at an apostrophe or
// a hyphen).
func (p *peer) check(word string) (ok bool, best string, parts int, err error) {
	// "^" makes the checker take the rest of the line as text, never as a
	// command.
	if _, err := fmt.Fprintf(p.in, "^%s\n", word); err != nil {
		return false, "", 0, err
	}
	ok = true
	for {
		line, err := p.out.ReadString('\n')
		if err != nil {
			return false, "", 0, fmt.Errorf("%s: %w", p.name, err)
		}
		line = strings.TrimRight(line, "\n")
		if line == "" {
			return ok, best, parts, nil
		}
		parts++
		switch line[0] {
		case '&':
			if best == "" {
				if _, sugg, found := strings.Cut(line, ": "); found {
					best, _, _ = strings.Cut(sugg, ", ")
				}
			}
			ok = false
		case '#':
			ok = false
		}
	}
}

func (p *peer) close() {
	p.in.Close()
	p.cmd.Wait()
}
