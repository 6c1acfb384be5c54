package boilerplate

import (
	"strings"
	"unicode/utf8"

	"github.com/copyedit/copyedit/edit"
)

// The stage never produces invalid UTF-8. Input that has some is cleaned
// as if each run of invalid bytes were U+FFFD, and the replacements are
// reported as edits (rule "invalid-utf8") so that the edits still describe
// the input exactly.

// repl is one run of invalid bytes: input[orig:orig+n] became U+FFFD at
// offset at of the repaired text.
type repl struct{ orig, n, at int }

// repairUTF8 returns s with each run of invalid bytes replaced by U+FFFD.
func repairUTF8(s string) (string, []repl) {
	var b strings.Builder
	var rs []repl
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size != 1 {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j := i + 1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r != utf8.RuneError || size != 1 {
				break
			}
			j++
		}
		rs = append(rs, repl{orig: i, n: j - i, at: b.Len()})
		b.WriteString("\uFFFD")
		i = j
	}
	return b.String(), rs
}

// origOffset maps an offset in the repaired text back to the input.
func origOffset(rs []repl, x int) int {
	delta := 0
	for _, r := range rs {
		if r.at >= x {
			break
		}
		if x < r.at+3 { // inside a replacement: map to its end
			return r.orig + r.n
		}
		delta += r.n - 3
	}
	return x + delta
}

// mapEdits rewrites edits on the repaired text as edits on the input, and
// adds an edit for every replacement that no removal swallowed. A suspect
// edit (a removal not made) is split around the replacements inside it,
// since those are made.
func mapEdits(input string, rs []repl, edits []edit.Edit) []edit.Edit {
	var out []edit.Edit
	fix := func(r repl) edit.Edit {
		return edit.Edit{Stage: Stage, Rule: "invalid-utf8", Start: r.orig, End: r.orig + r.n,
			Before: input[r.orig : r.orig+r.n], After: "\uFFFD", Confidence: 1}
	}
	part := func(e edit.Edit, a, b int) {
		if b > a {
			e.Start, e.End, e.Before, e.After = a, b, input[a:b], input[a:b]
			out = append(out, e)
		}
	}
	k := 0 // next replacement
	for _, e := range edits {
		a, b := origOffset(rs, e.Start), origOffset(rs, e.End)
		for k < len(rs) && rs[k].orig < a {
			out = append(out, fix(rs[k]))
			k++
		}
		if !e.Suspect {
			e.Start, e.End, e.Before = a, b, input[a:b]
			out = append(out, e)
			for k < len(rs) && rs[k].orig < b {
				k++ // removed with the text around it
			}
			continue
		}
		for k < len(rs) && rs[k].orig < b {
			part(e, a, rs[k].orig)
			out = append(out, fix(rs[k]))
			a = rs[k].orig + rs[k].n
			k++
		}
		part(e, a, b)
	}
	for ; k < len(rs); k++ {
		out = append(out, fix(rs[k]))
	}
	return out
}
