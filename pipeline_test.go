package copyedit_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit"
)

// upperStage is a test stage that upper-cases one word and records it.
type replaceStage struct {
	name, old, new string
	meta           map[string]string
}

func (s replaceStage) Name() string { return s.name }

func (s replaceStage) Clean(_ context.Context, doc copyedit.Document) (copyedit.StageResult, error) {
	i := strings.Index(doc.Text, s.old)
	if i < 0 {
		return copyedit.StageResult{Text: doc.Text}, nil
	}
	return copyedit.StageResult{
		Text:  doc.Text[:i] + s.new + doc.Text[i+len(s.old):],
		Meta:  s.meta,
		Edits: []copyedit.Edit{{Stage: s.name, Rule: "replace", Start: i, End: i + len(s.old), Before: s.old, After: s.new, Confidence: 1}},
	}, nil
}

func TestPipelineRunsStagesInOrder(t *testing.T) {
	p := copyedit.FromStages(
		replaceStage{name: "one", old: "cat", new: "dog", meta: map[string]string{"date": "2024-01-02"}},
		replaceStage{name: "two", old: "dog", new: "fox"},
	)
	assert.Equal(t, []string{"one", "two"}, p.Stages())
	res, err := p.Clean(context.Background(), copyedit.Document{Text: "the cat sat", Meta: map[string]string{"id": "7"}})
	require.NoError(t, err)
	assert.Equal(t, "the fox sat", res.Document.Text)
	assert.Equal(t, map[string]string{"id": "7", "date": "2024-01-02"}, res.Document.Meta)
	require.Len(t, res.Edits, 2)
	assert.Equal(t, "one", res.Edits[0].Stage)
	assert.Equal(t, "two", res.Edits[1].Stage)
	assert.Equal(t, "dog", res.Edits[1].Before)
	assert.Equal(t, 4, res.Edits[1].Start, "offsets are into the stage's own input")
}

func TestPipelineDoesNotShareMeta(t *testing.T) {
	in := copyedit.Document{Text: "a cat", Meta: map[string]string{"id": "1"}}
	p := copyedit.FromStages(replaceStage{name: "s", old: "cat", new: "dog", meta: map[string]string{"k": "v"}})
	_, err := p.Clean(context.Background(), in)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"id": "1"}, in.Meta, "the caller's map must not change")
}

func TestPipelineRepairsInvalidUTF8(t *testing.T) {
	cfg := copyedit.Config{Stages: []string{}}
	p, err := copyedit.New(cfg)
	require.NoError(t, err)
	res, err := p.Clean(context.Background(), copyedit.Document{Text: "line one\nthe caf\xe9 said \x93hi\x94\n"})
	require.NoError(t, err)
	assert.True(t, utf8.ValidString(res.Document.Text))
	assert.Equal(t, "line one\nthe café said “hi”\n", res.Document.Text, "stray bytes are read as Windows-1252")
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, 2, res.Warnings[0].Line)
	require.Len(t, res.Edits, 3)
	assert.Equal(t, "invalid-utf8", res.Edits[0].Rule)
	assert.Equal(t, "\xe9", res.Edits[0].Before)
	assert.Equal(t, "é", res.Edits[0].After)
	assert.Equal(t, "caf\xe9", "line one\nthe caf\xe9"[res.Edits[0].Start-3:res.Edits[0].End])
	assert.Equal(t, "x “y”", p.RepairUTF8("x \x93y\x94"))
}

func TestPipelineEmptyInput(t *testing.T) {
	p, err := copyedit.New(copyedit.Config{})
	require.NoError(t, err)
	got, err := p.CleanString(context.Background(), "")
	require.NoError(t, err)
	assert.Equal(t, "", got)
}

func TestPipelineCancelled(t *testing.T) {
	p, err := copyedit.New(copyedit.Config{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = p.CleanString(ctx, "some text")
	require.ErrorIs(t, err, context.Canceled)
}

func TestNewRejectsBadStage(t *testing.T) {
	_, err := copyedit.New(copyedit.Config{Stages: []string{"normalize", "translate"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown stage "translate"`)
}

// One pipeline serves many goroutines and gives each the same answer.
func TestPipelineConcurrent(t *testing.T) {
	p, err := copyedit.New(copyedit.Config{})
	require.NoError(t, err)
	src, want := newsText(4<<10), ""
	want, err = p.CleanString(context.Background(), src)
	require.NoError(t, err)
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = p.CleanString(context.Background(), src)
		}()
	}
	wg.Wait()
	for i := range got {
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}

// Bad spell options are found by New, before the dictionary is loaded.
func TestNewChecksSpellOptions(t *testing.T) {
	cfg, err := copyedit.ParseConfig([]byte("[spell]\nengine = \"magic\"\n"), "c.toml")
	require.NoError(t, err)
	_, err = copyedit.New(cfg)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "c.toml:2:")
	assert.Contains(t, err.Error(), "magic")
}

// suspectStage reports every "fo" as a suspect and changes "teh".
type suspectStage struct{}

func (suspectStage) Name() string { return "s" }

func (suspectStage) Clean(_ context.Context, doc copyedit.Document) (copyedit.StageResult, error) {
	var sr copyedit.StageResult
	for i := 0; i+2 <= len(doc.Text); i++ {
		if doc.Text[i:i+2] == "fo" {
			sr.Edits = append(sr.Edits, copyedit.Edit{Stage: "s", Rule: "r", Start: i, End: i + 2, Before: "fo", After: "fo", Suspect: true})
		}
	}
	sr.Text = strings.Replace(doc.Text, "teh", "the", 1)
	return sr, nil
}

// A second pass (the second stage changed the text) reports no suspect twice.
func TestPipelineReportsSuspectsOnce(t *testing.T) {
	p := copyedit.FromStages(replaceStage{name: "first", old: "x", new: "y"}, suspectStage{})
	res, err := p.Clean(context.Background(), copyedit.Document{Text: "fo teh fo"})
	require.NoError(t, err)
	assert.Equal(t, "fo the fo", res.Document.Text)
	n := 0
	for _, e := range res.Edits {
		if e.Suspect {
			n++
		}
	}
	assert.Equal(t, 2, n, "two occurrences, each reported once")
}
