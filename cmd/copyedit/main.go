package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/copyedit/copyedit"
)

const progName = "copyedit"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// options holds the parsed command line. No flag lives in a global.
type options struct {
	write, list, diff, check bool
	output                   string
	stages                   string
	stagesSet                bool
	fieldSet                 bool
	config                   string
	explain                  string
	jsonl                    bool
	field                    string
	learn                    bool
	jobs                     int
	quiet                    bool
	version                  bool
}

func usage(fs *flag.FlagSet, w io.Writer) func() {
	return func() {
		fmt.Fprintf(w, "usage: %s [flags] [path ...]\n       %s config\n       %s learn -o PROFILE [flags] path ...\n", progName, progName, progName)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// parseFlags parses args into fs. When parsing stops (-h, or a bad flag) it
// prints the error, then printUsage, and returns the exit status and false.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer, printUsage func()) (int, bool) {
	fs.Usage = func() {} // printed here, after the error
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		printUsage()
		return 0, false
	default:
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		printUsage()
		return 2, false
	}
}

// run is the whole program; it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "config":
			return runConfig(args[1:], stdout, stderr)
		case "learn":
			return runLearn(ctx, args[1:], stdout, stderr)
		}
	}
	var o options
	fs := flag.NewFlagSet(progName, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&o.write, "w", false, "write result to (source) file instead of stdout")
	fs.BoolVar(&o.list, "l", false, "list files whose text would change")
	fs.BoolVar(&o.diff, "d", false, "display diffs instead of rewriting files")
	fs.BoolVar(&o.check, "check", false, "change nothing; exit 1 if any text would change")
	fs.StringVar(&o.output, "o", "", "write the output for the single input to `file`")
	fs.StringVar(&o.stages, "stages", "", "comma-separated `list` of stages to run, in order (overrides the config)")
	fs.StringVar(&o.config, "config", "", "config `file`; \"none\" for the built-in defaults (default: nearest "+copyedit.ConfigFileName+")")
	fs.StringVar(&o.explain, "explain", "", "write every edit to `file` as JSON Lines (\"-\" for stdout)")
	fs.BoolVar(&o.jsonl, "jsonl", false, "input is JSON Lines: clean one field of each object")
	fs.StringVar(&o.field, "field", "text", "with -jsonl, the `name` of the field to clean")
	fs.BoolVar(&o.learn, "learn", false, "learn boilerplate repeated across all inputs first, then clean")
	fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "number of files or records to clean in parallel")
	fs.BoolVar(&o.quiet, "q", false, "quiet: no warnings, no progress bar")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	if code, ok := parseFlags(fs, args, stderr, usage(fs, stderr)); !ok {
		return code
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "stages":
			o.stagesSet = true
		case "field":
			o.fieldSet = true
		}
	})
	if o.version {
		fmt.Fprintf(stdout, "%s %s\n", progName, version())
		return 0
	}
	paths := fs.Args()
	if err := o.validate(paths); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	}
	cfg, err := loadConfig(o.config, o.stages, o.stagesSet)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	}
	m, err := newMain(ctx, o, cfg, stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	}
	defer m.close()
	return m.run(paths)
}

func (o *options) validate(paths []string) error {
	if o.jobs < 1 {
		return fmt.Errorf("-j must be at least 1")
	}
	if len(paths) == 0 && o.write {
		return fmt.Errorf("cannot use -w with standard input")
	}
	if o.check && o.write {
		return fmt.Errorf("cannot use -check with -w: -check changes nothing")
	}
	if o.output != "" {
		if o.write || o.list || o.diff || o.check {
			return fmt.Errorf("cannot use -o with -w, -l, -d or -check")
		}
		if len(paths) > 1 {
			return fmt.Errorf("-o needs exactly one input, have %d", len(paths))
		}
	}
	if o.fieldSet && !o.jsonl {
		return fmt.Errorf("-field needs -jsonl")
	}
	if o.field == "" {
		return fmt.Errorf("-field must not be empty")
	}
	if o.explain != "" && o.explain != "-" {
		for _, p := range append([]string{o.output}, paths...) {
			if p != "" && samePath(o.explain, p) {
				return fmt.Errorf("-explain %s would overwrite an input or the output", o.explain)
			}
		}
	}
	return nil
}

// samePath reports whether a and b name the same file, or the same path
// when either does not exist yet.
func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// loadConfig finds and reads the config: -config FILE, else the nearest
// .copyedit.toml from the working directory up, else the defaults.
// A -stages flag overrides the config's stage list.
func loadConfig(flagConfig, stages string, stagesSet bool) (copyedit.Config, error) {
	var (
		cfg copyedit.Config
		err error
	)
	switch flagConfig {
	case "none":
		cfg = copyedit.DefaultConfig()
	case "":
		var path string
		if path, err = copyedit.FindConfig("."); err != nil {
			return cfg, err
		}
		if path == "" {
			cfg = copyedit.DefaultConfig()
		} else if cfg, err = copyedit.LoadConfig(path); err != nil {
			return cfg, err
		}
	default:
		if cfg, err = copyedit.LoadConfig(flagConfig); err != nil {
			return cfg, err
		}
	}
	if stagesSet {
		cfg.Stages = []string{}
		known := map[string]bool{}
		for _, s := range copyedit.DefaultStages() {
			known[s] = true
		}
		for _, s := range strings.Split(stages, ",") {
			if s = strings.TrimSpace(s); s == "" {
				continue
			}
			if !known[s] {
				return cfg, fmt.Errorf("-stages: unknown stage %q (want some of %s)", s, strings.Join(copyedit.DefaultStages(), ", "))
			}
			if slices.Contains(cfg.Stages, s) {
				return cfg, fmt.Errorf("-stages: stage %q listed twice", s)
			}
			cfg.Stages = append(cfg.Stages, s)
		}
	}
	return cfg, nil
}

func runConfig(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "%s: config takes no arguments\n", progName)
		return 2
	}
	if err := copyedit.WriteDefaultConfig(stdout); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	}
	return 0
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
