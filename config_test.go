package copyedit_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit"
	"github.com/copyedit/copyedit/boilerplate"
	"github.com/copyedit/copyedit/normalize"
	"github.com/copyedit/copyedit/spell"
)

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		key        string
		msg        string
	}{
		{"unknown top-level key", "stages = [\"spell\"]\nstagez = 1\n", 2, "stagez", "unknown key"},
		{"unknown key in a section", "# comment\n[normalize]\n\nnot_a_key = true\n", 4, "normalize.not_a_key", "unknown key"},
		{"unknown section", "[speling]\nx = 1\n", 1, "speling", "unknown key"},
		{"dotted key", "normalize.bogus = 1\n", 1, "normalize.bogus", "unknown key"},
		{"wrong type", "[boilerplate]\nmax_removed = \"half\"\n", 2, "boilerplate.max_removed", "incompatible types"},
		{"unknown stage", "stages = [\"normalise\"]\n", 1, "stages", `unknown stage "normalise"`},
		{"stage twice", "stages = [\"spell\", \"spell\"]\n", 1, "stages", "listed twice"},
		{"syntax error", "stages = [\"spell\"\n[normalize]\n", 2, "stages", "expected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := copyedit.ParseConfig([]byte(tt.text), "proj/.copyedit.toml")
			require.Error(t, err)
			var ce *copyedit.ConfigError
			require.True(t, errors.As(err, &ce), "want a *ConfigError, got %T: %v", err, err)
			assert.Equal(t, "proj/.copyedit.toml", ce.File)
			assert.Equal(t, tt.line, ce.Line, "line in %q", err)
			assert.Equal(t, tt.key, ce.Key)
			assert.Contains(t, err.Error(), tt.msg)
			assert.Contains(t, err.Error(), "proj/.copyedit.toml:")
		})
	}
}

func TestParseConfigKeepsDefaults(t *testing.T) {
	cfg, err := copyedit.ParseConfig([]byte("stages = [\"normalize\"]\n[spell]\nlocale = \"en-GB\"\n"), "x.toml")
	require.NoError(t, err)
	assert.Equal(t, []string{"normalize"}, cfg.Stages)
	assert.Equal(t, normalize.Options{}, cfg.Normalize, "unset options stay zero, which means the defaults")
	assert.Equal(t, boilerplate.Options{}, cfg.Boilerplate)
	assert.Equal(t, spell.Options{Locale: "en-GB"}, cfg.Spell)
}

// The printed default config must parse back to exactly the defaults.
func TestDefaultConfigRoundTrip(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, copyedit.WriteDefaultConfig(&b))
	assert.Contains(t, b.String(), "[normalize]")
	assert.Contains(t, b.String(), "[boilerplate]")
	assert.Contains(t, b.String(), "[spell]")
	assert.Contains(t, b.String(), "# ")
	cfg, err := copyedit.ParseConfig(b.Bytes(), "default.toml")
	require.NoError(t, err, b.String())
	assert.Equal(t, copyedit.DefaultStages(), cfg.Stages)
	assert.Equal(t, normalize.Options{}, cfg.Normalize, "stage options are printed commented out")

	// Uncommenting every line gives the defaults spelled out.
	uncommented := regexp.MustCompile(`(?m)^# ([a-z_]+ = .*)$`).ReplaceAllString(b.String(), "$1")
	cfg, err = copyedit.ParseConfig([]byte(uncommented), "default.toml")
	require.NoError(t, err, uncommented)
	want := copyedit.DefaultConfig()
	// A list printed as [] decodes to an empty slice; for stage options
	// that means the same as nil.
	assert.Equal(t, nilEmpty(want.Normalize), nilEmpty(cfg.Normalize))
	assert.Equal(t, nilEmpty(want.Boilerplate), nilEmpty(cfg.Boilerplate))
	assert.Equal(t, nilEmpty(want.Spell), nilEmpty(cfg.Spell))
}

// A preset decides every key the config leaves unset.
func TestPresetNotOverriddenByDefaults(t *testing.T) {
	cfg, err := copyedit.ParseConfig([]byte("stages = [\"normalize\"]\n[normalize]\npreset = \"ftfy\"\n"), "x.toml")
	require.NoError(t, err)
	p, err := copyedit.New(cfg)
	require.NoError(t, err)
	// ftfy leaves no-break spaces and zero-width spaces alone; the news
	// defaults replace and remove them.
	out, err := p.CleanString(context.Background(), "a\u00a0b\u200bc")
	require.NoError(t, err)
	assert.Equal(t, "a\u00a0b\u200bc", out)
}

// nilEmpty returns a copy of the struct v with empty slices set to nil.
func nilEmpty[T any](v T) T {
	rv := reflect.ValueOf(&v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		if f.Kind() == reflect.Slice && f.Len() == 0 && f.CanSet() {
			f.Set(reflect.Zero(f.Type()))
		}
	}
	return v
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	require.NoError(t, os.MkdirAll(deep, 0o755))

	got, err := copyedit.FindConfig(deep)
	require.NoError(t, err)
	if got != "" {
		// A config above the temp dir (unlikely) must at least be outside it.
		rel, _ := filepath.Rel(root, got)
		assert.Contains(t, rel, "..")
	}

	outer := filepath.Join(root, "a", copyedit.ConfigFileName)
	require.NoError(t, os.WriteFile(outer, []byte("stages = []\n"), 0o644))
	got, err = copyedit.FindConfig(deep)
	require.NoError(t, err)
	assert.Equal(t, outer, got)

	inner := filepath.Join(root, "a", "b", copyedit.ConfigFileName)
	require.NoError(t, os.WriteFile(inner, []byte("stages = []\n"), 0o644))
	got, err = copyedit.FindConfig(deep)
	require.NoError(t, err)
	assert.Equal(t, inner, got, "the nearest config wins")

	cfg, err := copyedit.LoadConfig(got)
	require.NoError(t, err)
	assert.Equal(t, []string{}, cfg.Stages)
	assert.Equal(t, filepath.Dir(inner), cfg.Dir)
}

func TestLoadConfigMissingFile(t *testing.T) {
	_, err := copyedit.LoadConfig(filepath.Join(t.TempDir(), "nope.toml"))
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// Every option must be documented, because `copyedit config` prints the
// comment tag above each key.
func TestEveryOptionHasAComment(t *testing.T) {
	var walk func(t reflect.Type, path string)
	walk = func(typ reflect.Type, path string) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			key := strings.Split(f.Tag.Get("toml"), ",")[0]
			if !f.IsExported() || key == "-" {
				continue
			}
			require.NotEmpty(t, key, "%s%s has no toml tag", path, f.Name)
			assert.NotEmpty(t, f.Tag.Get("comment"), "%s%s has no comment tag", path, key)
			if f.Type.Kind() == reflect.Struct {
				walk(f.Type, path+key+".")
			}
		}
	}
	walk(reflect.TypeOf(copyedit.Config{}), "")
}

// Switching the printed default config to page mode must not pin the
// article mode's removal limit.
func TestDefaultConfigPageMode(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, copyedit.WriteDefaultConfig(&b))
	text := strings.Replace(b.String(), `# mode = "article"`, `mode = "page"`, 1)
	text = strings.Replace(text, `# max_removed = 0`, `max_removed = 0`, 1)
	cfg, err := copyedit.ParseConfig([]byte(text), "x.toml")
	require.NoError(t, err)
	r, err := boilerplate.New(cfg.Boilerplate)
	require.NoError(t, err)
	assert.Equal(t, 0.95, r.Options().MaxRemoved)
	r, err = boilerplate.New(copyedit.DefaultConfig().Boilerplate)
	require.NoError(t, err)
	assert.Equal(t, 0.5, r.Options().MaxRemoved)
}
