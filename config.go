package copyedit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/copyedit/copyedit/boilerplate"
	"github.com/copyedit/copyedit/normalize"
	"github.com/copyedit/copyedit/spell"
)

// Stage names, in the default order.
const (
	StageNormalize   = "normalize"
	StageBoilerplate = "boilerplate"
	StageSpell       = "spell"
)

// DefaultStages is the stage order used when Config.Stages is nil:
// normalize first, so that later stages see real characters; boilerplate
// next, so that its rules match normalised text; spell last, so that it
// does not waste effort on (or "correct") junk that is about to go.
var defaultStages = [...]string{StageNormalize, StageBoilerplate, StageSpell}

// DefaultStages returns the default stage order.
func DefaultStages() []string { return append([]string(nil), defaultStages[:]...) }

// ConfigFileName is the name of the file FindConfig looks for.
const ConfigFileName = ".copyedit.toml"

// Config configures a Pipeline. The zero value is the built-in default:
// every stage, in the default order, with each stage's default options.
type Config struct {
	// Stages picks the stages to run and their order. Nil means
	// DefaultStages; an empty, non-nil slice runs no stage.
	Stages []string `toml:"stages" comment:"stages to run, in order: any of \"normalize\", \"boilerplate\", \"spell\""`

	// Normalize, Boilerplate and Spell hold each stage's options.
	Normalize   normalize.Options   `toml:"normalize" comment:"Unicode, typography and mojibake repair"`
	Boilerplate boilerplate.Options `toml:"boilerplate" comment:"boilerplate removal"`
	Spell       spell.Options       `toml:"spell" comment:"typo correction"`

	// Dir is the directory that relative paths in the config (user
	// dictionaries, boilerplate profiles) are resolved against. LoadConfig
	// sets it to the config file's directory; empty means the working
	// directory.
	Dir string `toml:"-"`

	// source is the config file's name and text, kept to point errors at
	// the offending line.
	source *configSource
}

type configSource struct {
	name string
	data []byte
}

// DefaultConfig returns the built-in defaults spelled out, as
// `copyedit config` prints them.
func DefaultConfig() Config {
	return Config{
		Stages:      DefaultStages(),
		Normalize:   normalize.DefaultOptions(),
		Boilerplate: boilerplate.DefaultOptions(),
		Spell:       spell.DefaultOptions(),
	}
}

// A ConfigError is an error in a config file. It names the file, the line
// (0 when unknown) and the key.
type ConfigError struct {
	File string
	Line int
	Key  string // dotted key, such as "normalize.quotes"; may be empty
	Err  error
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	msg := e.Err.Error()
	if e.Key != "" {
		// A stage's own message may start "spell: engine: "; say it once.
		msg = strings.TrimPrefix(msg, strings.ReplaceAll(e.Key, ".", ": ")+": ")
		if !strings.Contains(msg, e.Key) {
			b.WriteString(e.Key)
			b.WriteString(": ")
		}
	}
	b.WriteString(msg)
	return b.String()
}

func (e *ConfigError) Unwrap() error { return e.Err }

// LoadConfig reads and strictly decodes the TOML config file at path. Keys
// it does not set keep their defaults. Unknown keys, wrong types and bad
// values are errors naming the file, line and key.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is the ConfigError's File
		}
		return Config{}, &ConfigError{File: path, Err: err}
	}
	cfg, err := ParseConfig(data, path)
	if err != nil {
		return Config{}, err
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	cfg.Dir = dir
	return cfg, nil
}

// ParseConfig strictly decodes TOML config text; name is used in errors.
// Keys the text does not set keep their defaults: the options are decoded
// over zero values, which mean the defaults, so that an unset key still
// lets a preset (such as [normalize] preset = "ftfy") decide.
func ParseConfig(data []byte, name string) (Config, error) {
	var cfg Config
	cfg.source = &configSource{name: name, data: data}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Config{}, &ConfigError{File: name, Line: pe.Position.Line, Key: pe.LastKey, Err: errors.New(pe.Message)}
		}
		return Config{}, typeError(name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		return Config{}, &ConfigError{File: name, Line: keyLine(data, k), Key: k.String(), Err: fmt.Errorf("unknown key %q", k.String())}
	}
	if err := cfg.validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// tomlTypeErr matches the decoder's type errors, which are plain errors
// carrying the line and key in their text.
var tomlTypeErr = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

func typeError(name string, err error) error {
	m := tomlTypeErr.FindStringSubmatch(err.Error())
	if m == nil {
		return &ConfigError{File: name, Err: err}
	}
	line, _ := strconv.Atoi(m[1])
	return &ConfigError{File: name, Line: line, Key: m[2], Err: errors.New(m[3])}
}

// FindConfig returns the path of the nearest ConfigFileName in dir or one
// of its ancestors, or "" if there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	for {
		p := filepath.Join(dir, ConfigFileName)
		fi, err := os.Stat(p)
		if err == nil && !fi.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("config: %w", err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// stages returns the effective stage list.
func (c *Config) stages() []string {
	if c.Stages == nil {
		return DefaultStages()
	}
	return c.Stages
}

// validate checks the stage list; the stages' own options are checked when
// the stages are built (see New), through c.errorf.
func (c *Config) validate() error {
	seen := map[string]bool{}
	for _, s := range c.stages() {
		switch s {
		case StageNormalize, StageBoilerplate, StageSpell:
		default:
			return c.errorAt([]string{"stages"}, fmt.Errorf("unknown stage %q (want %q, %q or %q)", s, StageNormalize, StageBoilerplate, StageSpell))
		}
		if seen[s] {
			return c.errorAt([]string{"stages"}, fmt.Errorf("stage %q listed twice", s))
		}
		seen[s] = true
	}
	return nil
}

// keyer is implemented by the stages' option errors.
type keyer interface{ Key() string }

// optionError turns an error from a stage constructor into a ConfigError
// pointing at the key in the config file, when there is one.
func (c *Config) optionError(section string, err error) error {
	var k keyer
	if errors.As(err, &k) && k.Key() != "" {
		return c.errorAt([]string{section, k.Key()}, err)
	}
	if c.source == nil {
		return err
	}
	return &ConfigError{File: c.source.name, Key: section, Err: err}
}

func (c *Config) errorAt(key toml.Key, err error) error {
	if c.source == nil {
		return fmt.Errorf("config: %s: %w", key.String(), err)
	}
	return &ConfigError{File: c.source.name, Line: keyLine(c.source.data, key), Key: key.String(), Err: err}
}

// keyLine finds the line on which key is set in TOML text, or 0. It
// understands [table] headers, dotted keys and quoted keys well enough for
// error messages; it never fails.
func keyLine(data []byte, key toml.Key) int {
	var table []string
	for i, line := range strings.Split(string(data), "\n") {
		s := strings.TrimSpace(line)
		if s == "" || s[0] == '#' {
			continue
		}
		if strings.HasPrefix(s, "[") {
			h := strings.Trim(s, "[] \t")
			if j := strings.IndexByte(h, '#'); j >= 0 {
				h = strings.TrimSpace(strings.Trim(h[:j], "[] \t"))
			}
			table = splitKey(h)
			if equalKey(table, key) {
				return i + 1
			}
			continue
		}
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			continue
		}
		full := append(append([]string(nil), table...), splitKey(strings.TrimSpace(s[:eq]))...)
		if equalKey(full, key) {
			return i + 1
		}
	}
	return 0
}

func splitKey(s string) []string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return parts
}

func equalKey(a []string, b toml.Key) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resolve makes a path from the config relative to c.Dir.
func (c *Config) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || c.Dir == "" {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// WriteDefaultConfig writes the complete default config as commented TOML,
// ready to edit. Each stage option is shown with its default value in a
// commented-out line; uncomment a line to set it.
func WriteDefaultConfig(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("# copyedit configuration. Save as .copyedit.toml in your project;\n")
	b.WriteString("# copyedit uses the nearest one in the working directory or above.\n")
	b.WriteString("# Every key is shown with its default value; the stage options are\n")
	b.WriteString("# commented out (an unset key keeps its default, or a preset's value):\n")
	b.WriteString("# uncomment a line to set it.\n")
	if err := encodeCommented(&b, reflect.ValueOf(DefaultConfig()), ""); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// encodeCommented writes the fields of struct v as TOML, each preceded by
// its comment tag and prefixed by prefix: plain values first, then one
// table per struct field, whose values are commented out.
func encodeCommented(b *bytes.Buffer, v reflect.Value, prefix string) error {
	t := v.Type()
	var tables []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("toml"), ",")[0]
		if !f.IsExported() || key == "" || key == "-" {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			tables = append(tables, i)
			continue
		}
		if err := encodeValue(b, prefix, key, f.Tag.Get("comment"), v.Field(i)); err != nil {
			return err
		}
	}
	for _, i := range tables {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("toml"), ",")[0]
		b.WriteString("\n")
		writeComment(b, f.Tag.Get("comment"))
		fmt.Fprintf(b, "[%s]\n", key)
		if err := encodeCommented(b, v.Field(i), "# "); err != nil {
			return err
		}
	}
	return nil
}

func encodeValue(b *bytes.Buffer, prefix, key, comment string, v reflect.Value) error {
	writeComment(b, comment)
	if v.Kind() == reflect.Slice && v.IsNil() {
		v = reflect.MakeSlice(v.Type(), 0, 0)
	}
	if v.Kind() == reflect.Map && v.Len() > 0 {
		// Maps are written as inline tables in a stable order.
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		var parts []string
		for _, k := range keys {
			var vb bytes.Buffer
			if err := toml.NewEncoder(&vb).Encode(map[string]any{"v": v.MapIndex(k).Interface()}); err != nil {
				return err
			}
			parts = append(parts, fmt.Sprintf("%q = %s", k.String(), strings.TrimSpace(strings.TrimPrefix(vb.String(), "v = "))))
		}
		fmt.Fprintf(b, "%s%s = { %s }\n", prefix, key, strings.Join(parts, ", "))
		return nil
	}
	var vb bytes.Buffer
	if err := toml.NewEncoder(&vb).Encode(map[string]any{key: v.Interface()}); err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	b.WriteString(prefix)
	b.Write(vb.Bytes())
	return nil
}

func writeComment(b *bytes.Buffer, c string) {
	for _, line := range strings.Split(c, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			fmt.Fprintf(b, "# %s\n", line)
		}
	}
}
