package boilerplate

import "strings"

// line is one line of a document: text[start:end] without its line
// break; next is where the following line starts (end+1 after '\n', or
// len(text) for the last line).
type line struct {
	start, end, next int
}

func splitLines(text string) []line {
	var out []line
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			out = append(out, line{i, len(text), len(text)})
			break
		}
		e := i + j
		out = append(out, line{i, e, e + 1})
		i = e + 1
	}
	return out
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpace(s[i]) {
			return false
		}
	}
	return true
}

// cut is one planned removal inside a line, in line-relative offsets.
type cut struct {
	start, end int
	rule       string
	conf       float64
	after      string
}

// plan is what the stage decided for one line.
type plan struct {
	whole     bool    // remove the whole line with its line break
	rule      string  // rule for a whole-line removal
	conf      float64 // confidence for a whole-line removal
	cuts      []cut   // spans to remove, sorted, disjoint; when whole, they share out the line
	protected bool    // matched the allow-list
	// meta holds the metadata tokens whose removal is planned (by a cut,
	// or by the whole line going); only these reach Result.Meta.
	meta []metaToken
}

// finish turns cuts that leave nothing but punctuation into a whole-line
// removal named after the largest cut.
func (p *plan) finish(s string) {
	if p.whole || len(p.cuts) == 0 {
		return
	}
	var rest strings.Builder
	last := 0
	best := 0
	for i, c := range p.cuts {
		rest.WriteString(s[last:c.start])
		last = c.end
		if c.end-c.start > p.cuts[best].end-p.cuts[best].start {
			best = i
		}
	}
	rest.WriteString(s[last:])
	if onlyPunct(rest.String()) {
		p.whole, p.rule, p.conf = true, p.cuts[best].rule, p.cuts[best].conf
	}
}
