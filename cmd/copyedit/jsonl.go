package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"unicode/utf8"

	"github.com/copyedit/copyedit"
)

// jsonField is one member of a JSON object, kept in input order.
type jsonField struct {
	key string
	raw json.RawMessage
}

// parseObject splits one JSON object into its members, in order.
func parseObject(line []byte) ([]jsonField, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object")
	}
	var fields []jsonField
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, errors.New("object key is not a string")
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		fields = append(fields, jsonField{key, raw})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the object")
	}
	return fields, nil
}

// encodeString writes s as a JSON string without HTML escaping.
func encodeString(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// record is one JSONL line on its way through the workers.
type record struct {
	line int    // 1-based line number
	data []byte // the line without its terminator
	eol  []byte // "\n", "\r\n" or "" for a last line without one
	done chan recordResult
}

type recordResult struct {
	out      []byte // the output line, without terminator
	changed  bool
	before   string
	after    string
	edits    []copyedit.Edit
	err      string
	warnings []string
}

func (m *mainState) runJSONLFile(name string) {
	f, err := os.Open(name)
	if err != nil {
		m.errorf("%s", errMsg(err))
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		m.errorf("%s", errMsg(err))
		return
	}
	m.runJSONL(name, f, fi)
}

// runJSONL streams one JSON Lines input through the pipeline with up to -j
// records in flight, writing records in input order. Memory stays bounded
// by the number of records in flight, however long the input.
func (m *mainState) runJSONL(name string, r io.Reader, fi os.FileInfo) {
	var (
		out     io.Writer
		tmp     *os.File
		tmpName string
		target  string
	)
	switch {
	case !m.o.write && m.o.output == "" && !m.textToStdout():
		out = io.Discard
	case m.o.write || m.o.output != "":
		target = m.o.output
		if m.o.write {
			target = name
		}
		var err error
		if target, err = resolveTarget(target); err == nil {
			err = checkWritable(target, m.o.write)
		}
		if err == nil {
			tmp, err = createTemp(target)
		}
		if err != nil {
			m.errorf("%s: %s; left unchanged", target, plainErr(err))
			return
		}
		tmpName = tmp.Name()
		defer os.Remove(tmpName) // after a successful rename this fails harmlessly
		defer tmp.Close()        // likewise after commitTemp closed it
		out = tmp
	default:
		out = m.stdout
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	var total int64
	if fi != nil {
		total = fi.Size()
	}
	prog := m.prog
	if prog == nil || !prog.on || prog.unit != "bytes" {
		// One stream: show its bytes (or records, when the size is unknown).
		unit := "bytes"
		if total == 0 {
			unit = "records"
		}
		prog = m.newProgress(true, total, unit)
		defer prog.finish()
	}
	byBytes := prog.unit == "bytes"

	order := make(chan *record, m.o.jobs)
	sem := make(chan struct{}, 2*m.o.jobs)
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		br := bufio.NewReaderSize(r, 64<<10)
		for line := 1; ; line++ {
			data, err := br.ReadBytes('\n')
			if len(data) > 0 {
				rec := &record{line: line, done: make(chan recordResult, 1)}
				switch {
				case bytes.HasSuffix(data, []byte("\r\n")):
					rec.data, rec.eol = data[:len(data)-2], data[len(data)-2:]
				case bytes.HasSuffix(data, []byte("\n")):
					rec.data, rec.eol = data[:len(data)-1], data[len(data)-1:]
				default:
					rec.data = data
				}
				select {
				case sem <- struct{}{}:
				case <-m.ctx.Done():
					readErr <- m.ctx.Err()
					return
				}
				order <- rec
				go func() { rec.done <- m.cleanRecord(name, rec) }()
			}
			if err != nil {
				if err != io.EOF {
					readErr <- err
				}
				return
			}
		}
	}()

	anyChanged := false
	for rec := range order {
		res := <-rec.done
		<-sem
		if res.err != "" {
			m.errorf("%s", res.err)
		}
		for _, w := range res.warnings {
			m.warnf("%s", w)
		}
		if res.changed {
			anyChanged = true
			if m.o.diff {
				m.toStdout()
				io.WriteString(m.stdout, unifiedDiff(fmt.Sprintf("%s:%d", name, rec.line), res.before, res.after))
			}
		}
		if m.explain != nil {
			m.explain.edits(name, rec.line, res.edits)
		}
		if out == m.stdout {
			m.toStdout()
		}
		bw.Write(res.out)
		bw.Write(rec.eol)
		switch {
		case byBytes:
			prog.add(int64(len(rec.data) + len(rec.eol)))
		case prog.unit == "records":
			prog.add(1)
		}
	}
	select {
	case err := <-readErr:
		m.errorf("%s: %v", name, err)
		return
	default:
	}
	if err := bw.Flush(); err != nil {
		m.errorf("%s: write: %v", name, err)
		return
	}
	if anyChanged {
		m.differs()
		if m.o.list {
			m.toStdout()
			fmt.Fprintln(m.stdout, name)
		}
	}
	if tmp == nil {
		return
	}
	if m.o.write && !anyChanged {
		return // nothing to write; the deferred Remove drops the temporary file
	}
	perm := os.FileMode(0o644)
	if fi != nil {
		perm = fi.Mode().Perm()
	}
	if t, err := os.Stat(target); err == nil {
		perm = t.Mode().Perm()
	}
	if err := commitTemp(tmp, target, perm); err != nil {
		m.errorf("%s: %s; left unchanged", target, plainErr(err))
	}
}

// cleanRecord cleans the field of one JSONL record. A record that cannot be
// cleaned is passed through unchanged with an error naming its line.
func (m *mainState) cleanRecord(name string, rec *record) recordResult {
	res := recordResult{out: rec.data}
	where := fmt.Sprintf("%s:%d", name, rec.line)
	if len(bytes.TrimSpace(rec.data)) == 0 {
		return res
	}
	if bytes.IndexByte(rec.data, 0) >= 0 {
		res.err = where + ": binary data (NUL byte), record left unchanged"
		return res
	}
	data := rec.data
	if rec.line == 1 {
		data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte-order mark
		res.out = data
	}
	if !utf8.Valid(data) {
		// Repair the whole line before JSON decoding would turn each bad
		// byte into U+FFFD; bytes >= 0x80 only occur inside strings, so the
		// JSON structure is untouched.
		data = []byte(m.p.RepairUTF8(string(data)))
		res.out = data
		res.changed = true
		res.warnings = append(res.warnings, where+": invalid UTF-8 repaired")
	}
	fields, err := parseObject(data)
	if err != nil {
		res.err = fmt.Sprintf("%s: invalid JSON: %v", where, err)
		return res
	}
	idx := -1
	for i, f := range fields {
		if f.key == m.o.field {
			idx = i
		}
	}
	if idx < 0 {
		res.err = fmt.Sprintf("%s: no %q field, record left unchanged", where, m.o.field)
		return res
	}
	var text string
	if string(fields[idx].raw) == "null" {
		res.err = fmt.Sprintf("%s: field %q is null, record left unchanged", where, m.o.field)
		return res
	}
	if err := json.Unmarshal(fields[idx].raw, &text); err != nil {
		res.err = fmt.Sprintf("%s: field %q is not a string, record left unchanged", where, m.o.field)
		return res
	}
	if err := m.ctx.Err(); err != nil {
		res.err = fmt.Sprintf("%s: %v", where, err)
		return res
	}
	cr, err := m.p.Clean(m.ctx, copyedit.Document{Text: text, Source: recordSource(fields)})
	if err != nil {
		res.err = fmt.Sprintf("%s: %v", where, err)
		return res
	}
	res.edits = cr.Edits
	for _, w := range cr.Warnings {
		if w.Stage == "input" {
			continue // reported above, against the JSONL line
		}
		res.warnings = append(res.warnings, formatWarning(where, copyedit.Warning{Stage: w.Stage, Message: w.Message}))
	}
	present := map[string]string{}
	for _, f := range fields {
		present[f.key] = string(f.raw)
	}
	var newKeys []string
	for k, v := range cr.Document.Meta {
		old, ok := present[k]
		switch {
		case !ok:
			newKeys = append(newKeys, k)
		case old != string(encodeString(v)):
			// Never overwrite the record's own field; say what was found.
			res.warnings = append(res.warnings, fmt.Sprintf("%s: found %s %q, but the record's %q field already holds %s; kept it", where, k, v, k, old))
		}
	}
	sort.Strings(newKeys)
	textChanged := cr.Document.Text != text
	if !textChanged && len(newKeys) == 0 {
		return res // with a repaired line, res.out is that line
	}
	res.changed = true
	res.before, res.after = text, cr.Document.Text
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(encodeString(f.key))
		b.WriteByte(':')
		if i == idx && textChanged {
			b.Write(encodeString(cr.Document.Text))
		} else {
			b.Write(f.raw)
		}
	}
	for _, k := range newKeys {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		b.Write(encodeString(k))
		b.WriteByte(':')
		b.Write(encodeString(cr.Document.Meta[k]))
	}
	b.WriteByte('}')
	res.out = b.Bytes()
	return res
}
