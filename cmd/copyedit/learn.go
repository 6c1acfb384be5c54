package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/copyedit/copyedit"
	"github.com/copyedit/copyedit/boilerplate"
)

// runLearn is "copyedit learn -o PROFILE path ...": it reads a corpus once
// and saves the boilerplate it repeats as a profile for
// [boilerplate] profile = "...".
func runLearn(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet(progName+" learn", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.output, "o", "", "write the profile to `file` (required)")
	fs.StringVar(&o.config, "config", "", "config `file` for the learning thresholds; \"none\" for the defaults")
	fs.BoolVar(&o.jsonl, "jsonl", false, "the corpus is JSON Lines")
	fs.StringVar(&o.field, "field", "text", "with -jsonl, the `name` of the text field")
	fs.BoolVar(&o.quiet, "q", false, "quiet: no warnings, no progress bar")
	printUsage := func() {
		fmt.Fprintf(stderr, "usage: %s learn -o PROFILE [flags] path ...\n", progName)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stderr, printUsage); !ok {
		return code
	}
	if o.output == "" || fs.NArg() == 0 {
		fmt.Fprintf(stderr, "%s: learn needs -o PROFILE and at least one corpus path\n", progName)
		return 2
	}
	cfg, err := loadConfig(o.config, "", false)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	}
	m := &mainState{ctx: ctx, o: o, stdout: stdout, stderr: stderr}
	m.detectTerminals()
	files := m.expand(fs.Args())
	for _, f := range files {
		if samePath(f, o.output) {
			m.errorf("-o %s would overwrite a corpus file", o.output)
			return m.exit
		}
	}
	prof, err := m.learnProfile(cfg, files)
	if err != nil {
		m.errorf("%v", err)
		return m.exit
	}
	if m.exit != 0 {
		// Never replace a good profile with one learned from part of the corpus.
		m.errorf("%s: not written, because some of the corpus could not be read", o.output)
		return m.exit
	}
	var buf bytes.Buffer
	if _, err := prof.WriteTo(&buf); err != nil {
		m.errorf("%s: %v", o.output, err)
		return m.exit
	}
	if err := writeOutputFile(o.output, buf.Bytes(), 0o644); err != nil {
		m.errorf("%s: %v", o.output, err)
	}
	return m.exit
}

// learnFrom runs the -learn pass: it learns a profile from all the inputs
// and builds the pipeline with it.
func (m *mainState) learnFrom(cfg copyedit.Config, files []string) error {
	if len(files) == 0 {
		return errors.New("-learn needs file or directory arguments (standard input cannot be read twice)")
	}
	prof, err := m.learnProfile(cfg, files)
	if err != nil {
		return err
	}
	cfg.Boilerplate.LearnedProfile = prof
	p, err := copyedit.New(cfg)
	if err != nil {
		return err
	}
	m.p = p
	return nil
}

// learnProfile reads every document of the corpus once and returns the
// learned profile. Errors in single files or records are reported and
// skipped; the others still count.
func (m *mainState) learnProfile(cfg copyedit.Config, files []string) (*boilerplate.Profile, error) {
	l := boilerplate.NewLearner(cfg.Boilerplate)
	prog := m.newProgress(true, int64(len(files)), "files")
	defer prog.finish()
	for _, name := range files {
		if err := m.ctx.Err(); err != nil {
			return nil, err
		}
		if m.o.jsonl {
			m.learnJSONL(l, name)
		} else {
			data, err := os.ReadFile(name)
			switch {
			case err != nil:
				m.errorf("%s", errMsg(err))
			case bytes.IndexByte(data, 0) >= 0:
				m.errorf("%s: binary file (NUL byte), skipped", name)
			default:
				l.Add(fileSource(name), string(data))
			}
		}
		prog.add(1)
	}
	return l.Profile(), nil
}

func (m *mainState) learnJSONL(l *boilerplate.Learner, name string) {
	f, err := os.Open(name)
	if err != nil {
		m.errorf("%s", errMsg(err))
		return
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	for line := 1; ; line++ {
		data, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(data)) > 0 {
			fields, perr := parseObject(bytes.TrimSpace(data))
			if perr != nil {
				m.errorf("%s:%d: invalid JSON: %v", name, line, perr)
			} else if text, ok := stringField(fields, m.o.field); ok {
				l.Add(recordSource(fields), text)
			}
		}
		if err != nil {
			if err != io.EOF {
				m.errorf("%s: %v", name, err)
			}
			return
		}
	}
}

// fileSource names the source of a corpus file: the name of its
// directory, so that a corpus laid out one directory per outlet learns per
// outlet, and the profile still applies when the files are named from
// another working directory.
func fileSource(name string) string {
	if abs, err := filepath.Abs(name); err == nil {
		name = abs
	}
	return filepath.Base(filepath.Dir(name))
}

// recordSource names the source of a JSONL record: its "source" field, or
// the host of its "url" field, or "" when it has neither.
func recordSource(fields []jsonField) string {
	if s, ok := stringField(fields, "source"); ok && s != "" {
		return s
	}
	if s, ok := stringField(fields, "url"); ok {
		return boilerplate.SourceOf(s)
	}
	return ""
}

// stringField returns the value of the string member key.
func stringField(fields []jsonField, key string) (string, bool) {
	for _, f := range fields {
		if f.key == key {
			var s string
			if json.Unmarshal(f.raw, &s) == nil {
				return s, true
			}
			return "", false
		}
	}
	return "", false
}
