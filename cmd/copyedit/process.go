package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/copyedit/copyedit"
)

const stdinName = "<standard input>"

// mainState is one run of the command: the pipeline, the outputs and the
// exit status. Only the goroutine that prints touches exit.
type mainState struct {
	ctx               context.Context
	o                 options
	cfg               copyedit.Config
	p                 *copyedit.Pipeline
	stdin             io.Reader
	stdout, stderr    io.Writer
	explain           *explainWriter
	explainFile       *os.File
	exit              int
	interactiveStderr bool      // stderr is a terminal and -q is off: draw progress
	stdoutTerminal    bool      // stdout is a terminal: clear the bar before printing
	prog              *progress // the progress bar being drawn, or nil
}

// detectTerminals notes which of stdout and stderr are terminals.
func (m *mainState) detectTerminals() {
	m.interactiveStderr = !m.o.quiet && isTerminal(m.stderr)
	m.stdoutTerminal = isTerminal(m.stdout)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// newProgress starts the progress bar for one run over many files or a
// stream; it is drawn only when stderr is a terminal.
func (m *mainState) newProgress(many bool, total int64, unit string) *progress {
	m.prog = newProgress(m.stderr, m.interactiveStderr && many, total, unit)
	return m.prog
}

// toStdout is called before anything is printed on stdout.
func (m *mainState) toStdout() {
	if m.stdoutTerminal {
		m.prog.clear()
	}
}

func newMain(ctx context.Context, o options, cfg copyedit.Config, stdin io.Reader, stdout, stderr io.Writer) (*mainState, error) {
	m := &mainState{ctx: ctx, o: o, cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr}
	m.detectTerminals()
	if o.learn {
		// The pipeline is built after the learning pass; see run.
		m.p = nil
	} else {
		p, err := copyedit.New(cfg)
		if err != nil {
			return nil, err
		}
		m.p = p
	}
	if o.explain != "" {
		var w io.Writer
		if o.explain == "-" {
			w = stdout
		} else {
			f, err := os.Create(o.explain)
			if err != nil {
				return nil, fmt.Errorf("-explain: %w", err)
			}
			m.explainFile = f
			w = f
		}
		m.explain = newExplainWriter(w)
	}
	return m, nil
}

func (m *mainState) close() {
	if m.explain != nil {
		if err := m.explain.flush(); err != nil {
			m.errorf("-explain: %v", err)
		}
	}
	if m.explainFile != nil {
		if err := m.explainFile.Close(); err != nil {
			m.errorf("-explain: %v", err)
		}
	}
}

// errorf reports an input or usage error and sets exit status 2.
func (m *mainState) errorf(format string, args ...any) {
	m.prog.clear()
	fmt.Fprintf(m.stderr, "%s: %s\n", progName, fmt.Sprintf(format, args...))
	m.exit = 2
}

// warnf reports something the user should know that is not an error.
func (m *mainState) warnf(format string, args ...any) {
	if !m.o.quiet {
		m.prog.clear()
		fmt.Fprintf(m.stderr, "%s: %s\n", progName, fmt.Sprintf(format, args...))
	}
}

// differs records that some text would change. As in gofmt, -l and -d
// report differences through the exit status only when -w did not just
// remove them.
func (m *mainState) differs() {
	if (m.o.check || ((m.o.list || m.o.diff) && !m.o.write)) && m.exit == 0 {
		m.exit = 1
	}
}

func (m *mainState) run(paths []string) int {
	if len(paths) == 0 {
		paths = nil
	}
	files := m.expand(paths)
	if m.o.output != "" && len(files) > 1 {
		m.errorf("-o needs exactly one input, have %d files", len(files))
		return m.exit
	}
	if m.o.learn {
		if err := m.learnFrom(m.cfg, files); err != nil {
			m.errorf("%v", err)
			return m.exit
		}
	}
	if m.o.jsonl {
		if files == nil && len(paths) == 0 {
			m.runJSONL(stdinName, m.stdin, nil)
		}
		// Many files: one bar over all their bytes.
		var total int64
		for _, f := range files {
			if fi, err := os.Stat(f); err == nil {
				total += fi.Size()
			}
		}
		m.newProgress(len(files) > 1, total, "bytes")
		for _, f := range files {
			if m.ctx.Err() != nil {
				break
			}
			m.runJSONLFile(f)
		}
		m.prog.finish()
	} else if len(paths) == 0 {
		m.runStdin()
	} else {
		m.runFiles(files)
	}
	if m.ctx.Err() != nil {
		m.errorf("interrupted; files not yet written are left as they were")
	}
	return m.exit
}

// errMsg formats err for a "copyedit: FILE: message" line: a path error
// is shown as its path and cause, without the operation.
func errMsg(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// expand turns the path arguments into a list of files: a directory is
// walked for *.txt files (*.jsonl with -jsonl), in lexical order. Paths
// that cannot be read are reported, and the others still run.
func (m *mainState) expand(paths []string) []string {
	var files []string
	var errs []error
	defer func() {
		for _, err := range errs {
			m.errorf("%s", errMsg(err))
		}
	}()
	ext := ".txt"
	if m.o.jsonl {
		ext = ".jsonl"
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ext) && !strings.HasPrefix(d.Name(), ".") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files
}

// fileResult is the outcome of one file, ready to print.
type fileResult struct {
	name      string
	in, out   []byte
	res       copyedit.Result
	errs      []string // input errors, each "NAME:LINE: message"
	warnings  []string
	cancelled bool // interrupted before it was cleaned: say nothing
}

// plainErr is err's message without a path, for messages that name the
// file already.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (m *mainState) runStdin() {
	in, err := io.ReadAll(m.stdin)
	if err != nil {
		m.errorf("%s: %v", stdinName, err)
		return
	}
	r := m.cleanFile(stdinName, in, nil)
	m.report(r)
}

// runFiles cleans files with up to -j workers and reports in input order.
func (m *mainState) runFiles(files []string) {
	results := make([]chan fileResult, len(files))
	for i := range results {
		results[i] = make(chan fileResult, 1)
	}
	sem := make(chan struct{}, m.o.jobs)
	prog := m.newProgress(len(files) > 1, int64(len(files)), "files")
	go func() {
		for i, name := range files {
			sem <- struct{}{}
			go func() { results[i] <- m.processPath(name) }()
		}
	}()
	for i := range files {
		r := <-results[i]
		m.report(r)
		prog.add(1)
		<-sem
	}
	prog.finish()
}

func (m *mainState) processPath(name string) fileResult {
	if m.ctx.Err() != nil {
		return fileResult{name: name, cancelled: true}
	}
	fi, err := os.Stat(name)
	if err != nil {
		return fileResult{name: name, errs: []string{errMsg(err)}}
	}
	if !fi.Mode().IsRegular() {
		return fileResult{name: name, errs: []string{fmt.Sprintf("%s: not a regular file", name)}}
	}
	in, err := os.ReadFile(name)
	if err != nil {
		return fileResult{name: name, errs: []string{errMsg(err)}}
	}
	return m.cleanFile(name, in, fi)
}

// cleanFile cleans one file's bytes and, with -w or -o, writes the result.
// fi is nil for standard input.
func (m *mainState) cleanFile(name string, in []byte, fi os.FileInfo) fileResult {
	r := fileResult{name: name, in: in}
	if i := bytes.IndexByte(in, 0); i >= 0 {
		line := 1 + bytes.Count(in[:i], []byte("\n"))
		if fi == nil {
			// A filter must not lose its input: standard input goes to
			// standard output as it came (exit status 2 still says so).
			r.errs = append(r.errs, fmt.Sprintf("%s:%d: binary data (NUL byte), passed through unchanged", name, line))
			r.out = in
			return r
		}
		r.errs = append(r.errs, fmt.Sprintf("%s:%d: binary file (NUL byte), left unchanged", name, line))
		return r
	}
	doc := copyedit.Document{Text: string(in)}
	if fi != nil {
		doc.Source = fileSource(name)
	}
	res, err := m.p.Clean(m.ctx, doc)
	if err != nil {
		if m.ctx.Err() != nil {
			r.cancelled = true
		} else {
			r.errs = append(r.errs, fmt.Sprintf("%s: %v", name, err))
		}
		return r
	}
	r.res = res
	r.out = []byte(res.Document.Text)
	for _, w := range res.Warnings {
		r.warnings = append(r.warnings, formatWarning(name, w))
	}
	changed := !bytes.Equal(in, r.out)
	switch {
	case m.o.write && changed:
		if err := writeFileAtomic(name, r.out); err != nil {
			r.errs = append(r.errs, fmt.Sprintf("%s: %s; left unchanged", name, plainErr(err)))
		}
	case m.o.output != "": // validate keeps -o apart from -w, -l, -d and -check
		perm := os.FileMode(0o644)
		if fi != nil {
			perm = fi.Mode().Perm()
		}
		if err := writeOutputFile(m.o.output, r.out, perm); err != nil {
			r.errs = append(r.errs, fmt.Sprintf("%s: %s", m.o.output, plainErr(err)))
		}
	}
	return r
}

func formatWarning(name string, w copyedit.Warning) string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", name, w.Line, w.Message)
	}
	if w.Stage != "" && w.Stage != "input" && !strings.HasPrefix(w.Message, w.Stage+":") {
		return fmt.Sprintf("%s: %s: %s", name, w.Stage, w.Message)
	}
	return fmt.Sprintf("%s: %s", name, w.Message)
}

// textToStdout reports whether cleaned text goes to standard output: only
// when no other mode (-w, -l, -d, -check, -o, -explain -) claims it.
func (m *mainState) textToStdout() bool {
	return !m.o.write && !m.o.list && !m.o.diff && !m.o.check && m.o.output == "" && m.o.explain != "-"
}

// report prints one file's outcome; it runs on the printing goroutine only.
func (m *mainState) report(r fileResult) {
	for _, e := range r.errs {
		m.errorf("%s", e)
	}
	for _, w := range r.warnings {
		m.warnf("%s", w)
	}
	if r.cancelled || (len(r.errs) > 0 && r.out == nil) {
		return
	}
	changed := !bytes.Equal(r.in, r.out)
	if changed {
		m.differs()
	}
	if m.explain != nil {
		m.explain.edits(r.name, 0, r.res.Edits)
	}
	if changed && m.o.list {
		m.toStdout()
		fmt.Fprintln(m.stdout, r.name)
	}
	if changed && m.o.diff {
		m.toStdout()
		io.WriteString(m.stdout, unifiedDiff(r.name, string(r.in), string(r.out)))
	}
	if m.textToStdout() {
		m.toStdout()
		if _, err := m.stdout.Write(r.out); err != nil {
			m.errorf("write: %v", err)
		}
	}
}
