package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress draws a one-line progress bar on a terminal. A disabled
// progress does nothing, so callers need not check.
type progress struct {
	w     io.Writer
	on    bool
	total int64 // 0 when unknown
	unit  string
	done  int64
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, on bool, total int64, unit string) *progress {
	return &progress{w: w, on: on, total: total, unit: unit}
}

// add counts n more units done and redraws at most ten times a second.
func (p *progress) add(n int64) {
	if p == nil {
		return
	}
	p.done += n
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.draw()
}

func (p *progress) draw() {
	const width = 30
	switch {
	case p.total > 0:
		f := float64(p.done) / float64(p.total)
		if f > 1 {
			f = 1
		}
		n := int(f * width)
		if p.unit == "bytes" {
			fmt.Fprintf(p.w, "\r[%s%s] %.1f/%.1f MB", strings.Repeat("=", n), strings.Repeat(" ", width-n), float64(p.done)/1e6, float64(p.total)/1e6)
			break
		}
		fmt.Fprintf(p.w, "\r[%s%s] %d/%d %s", strings.Repeat("=", n), strings.Repeat(" ", width-n), p.done, p.total, p.unit)
	default:
		fmt.Fprintf(p.w, "\r%d %s", p.done, p.unit)
	}
	p.drawn = true
}

// clear erases the bar so that a message can be printed on a clean line.
func (p *progress) clear() {
	if p != nil && p.on && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// finish erases the bar for good. A nil progress does nothing.
func (p *progress) finish() { p.clear() }
