package boilerplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copyedit/copyedit/edit"
)

func del(input string, a, b int, rule string) edit.Edit {
	return edit.Edit{Stage: Stage, Rule: rule, Start: a, End: b, Before: input[a:b]}
}

func TestComposeEdits(t *testing.T) {
	const in = "aa\nbb\ncc\ndd\n"
	tests := []struct {
		name          string
		input         string
		first, second func(input, mid string) []edit.Edit
		mid, want     string
		wantRules     []string
		ok            bool
	}{
		{
			name:  "second covers a first deletion: cut around it",
			input: in, mid: "aa\ncc\ndd\n", want: "dd\n",
			first:     func(s, _ string) []edit.Edit { return []edit.Edit{del(s, 3, 6, "one")} },
			second:    func(_, m string) []edit.Edit { return []edit.Edit{del(m, 0, 6, "two")} },
			wantRules: []string{"two", "one", "two"}, ok: true,
		},
		{
			name:  "disjoint, second after a first deletion",
			input: in, mid: "bb\ncc\ndd\n", want: "bb\ndd\n",
			first:     func(s, _ string) []edit.Edit { return []edit.Edit{del(s, 0, 3, "one")} },
			second:    func(_, m string) []edit.Edit { return []edit.Edit{del(m, 3, 6, "two")} },
			wantRules: []string{"one", "two"}, ok: true,
		},
		{
			name:  "second starts where a first deletion ended",
			input: in, mid: "aa\ncc\ndd\n", want: "aa\ndd\n",
			first:     func(s, _ string) []edit.Edit { return []edit.Edit{del(s, 3, 6, "one")} },
			second:    func(_, m string) []edit.Edit { return []edit.Edit{del(m, 3, 6, "two")} },
			wantRules: []string{"one", "two"}, ok: true,
		},
		{
			name:  "a replacement deleted by the second pass",
			input: "aa\nb\xffb\ncc\n", mid: "aa\nb\uFFFDb\ncc\n", want: "aa\ncc\n",
			first: func(s, _ string) []edit.Edit {
				return []edit.Edit{{Stage: Stage, Rule: "invalid-utf8", Start: 4, End: 5, Before: s[4:5], After: "\uFFFD"}}
			},
			second:    func(_, m string) []edit.Edit { return []edit.Edit{del(m, 3, 9, "two")} },
			wantRules: []string{"two", "invalid-utf8", "two"}, ok: true,
		},
		{
			name:  "second ends inside a replacement",
			input: "aa\nb\xffb\ncc\n", mid: "aa\nb\uFFFDb\ncc\n", want: "aa\n\x80\x80b\ncc\n",
			first: func(s, _ string) []edit.Edit {
				return []edit.Edit{{Stage: Stage, Rule: "invalid-utf8", Start: 4, End: 5, Before: s[4:5], After: "\uFFFD"}}
			},
			second: func(_, m string) []edit.Edit { return []edit.Edit{del(m, 3, 5, "two")} },
			ok:     false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := composeEdits(tt.input, tt.first(tt.input, tt.mid), tt.second(tt.input, tt.mid), tt.want)
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			var rules []string
			for _, e := range got {
				rules = append(rules, e.Rule)
				assert.Equal(t, tt.input[e.Start:e.End], e.Before)
			}
			assert.Equal(t, tt.wantRules, rules)
		})
	}
}
