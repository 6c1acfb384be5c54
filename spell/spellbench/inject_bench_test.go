package spellbench

import (
	"strings"
	"testing"

	"github.com/copyedit/copyedit/edit"
)

func BenchmarkInject(b *testing.B) {
	text := strings.Repeat(sample+"\n\n", 20)
	lex := sampleLex()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NewInjector(lex, InjectOptions{Seed: 1}).Inject(text)
	}
}

func BenchmarkEvaluate(b *testing.B) {
	text := strings.Repeat(sample+"\n\n", 20)
	d := NewInjector(sampleLex(), InjectOptions{Seed: 1}).Inject(text)
	var undo []edit.Edit
	for _, dm := range d.Damages {
		undo = append(undo, edit.Edit{Start: dm.DStart, End: dm.DEnd, Before: dm.Damaged, After: dm.Original})
	}
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		if _, err := Evaluate(d, undo); err != nil {
			b.Fatal(err)
		}
	}
}
