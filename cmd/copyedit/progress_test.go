package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProgressOff(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, false, 10, "files")
	p.add(5)
	p.clear()
	p.finish()
	assert.Empty(t, b.String(), "a progress bar that is off draws nothing")
}

func TestProgressDraws(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, true, 4, "files")
	p.add(2)
	assert.Equal(t, "\r[===============               ] 2/4 files", b.String())
	b.Reset()
	p.finish()
	assert.Equal(t, "\r\033[K", b.String(), "finish erases the bar")

	b.Reset()
	p = newProgress(&b, true, 0, "records")
	p.add(7)
	assert.Equal(t, "\r7 records", b.String(), "an unknown total shows a count")

	b.Reset()
	p = newProgress(&b, true, 4_000_000, "bytes")
	p.add(1_000_000)
	assert.Equal(t, "\r[=======                       ] 1.0/4.0 MB", b.String())
}
