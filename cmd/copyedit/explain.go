package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/copyedit/copyedit"
)

// explainWriter writes edits as JSON Lines. It is used from the printing
// goroutine only, so edits come out in input order.
type explainWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
	err error
}

func newExplainWriter(w io.Writer) *explainWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &explainWriter{w: bw, enc: enc}
}

// explainRecord is one line of -explain output.
type explainRecord struct {
	File   string `json:"file"`
	Record int    `json:"record,omitempty"` // JSONL line number, with -jsonl
	copyedit.Edit
}

func (e *explainWriter) edits(file string, record int, edits []copyedit.Edit) {
	for _, ed := range edits {
		if e.err != nil {
			return
		}
		e.err = e.enc.Encode(explainRecord{File: file, Record: record, Edit: ed})
	}
}

func (e *explainWriter) flush() error {
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}
