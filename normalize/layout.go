package normalize

import "strings"

// layoutState carries the line layout across segments.
type layoutState struct {
	midLine  bool // the current line began in an earlier segment
	hasText  bool // the current line has a character other than space or tab
	blankRun int  // blank lines just before the current line
}

// layout trims trailing spaces, collapses runs of spaces inside lines and,
// with blanks, runs of blank lines. last reports the end of the input.
func (c *config) layout(s string, st *layoutState, last, blanks bool, buf []span) (string, []span) {
	if !c.trailing && !c.spaceRuns && !c.blankLines {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	for ls := 0; ls < len(s); {
		le := len(s)
		complete := false
		if i := strings.IndexByte(s[ls:], '\n'); i >= 0 {
			le = ls + i
			complete = true
		}
		line := s[ls:le]
		ending := complete || last
		// Content end: before trailing spaces, tabs (and a CR kept by
		// line_breaks = "off").
		ce := len(line)
		cr := 0
		if ce > 0 && line[ce-1] == '\r' {
			ce--
			cr = 1
		}
		te := ce
		for te > 0 && (line[te-1] == ' ' || line[te-1] == '\t') {
			te--
		}
		blank := te == 0 && !st.hasText
		if blanks && c.blankLines && blank && complete && !st.midLine && st.blankRun >= 1 {
			w.replace(ls, le+1, "", "blank_lines", 1)
			st.blankRun++
			ls = le + 1
			continue
		}
		if c.spaceRuns && strings.Contains(line[:te], "  ") {
			inText := st.hasText
			for i := 0; i < te; i++ {
				if line[i] != ' ' {
					inText = true
					continue
				}
				j := i + 1
				for j < te && line[j] == ' ' {
					j++
				}
				if inText && j-i > 1 {
					w.replace(ls+i+1, ls+j, "", "space_runs", 1)
				}
				i = j - 1
			}
		}
		if c.trailing && ending && te < ce {
			w.replace(ls+te, ls+ce, "", "trailing_spaces", 1)
		}
		_ = cr
		if te > 0 {
			st.hasText = true
		}
		if complete {
			if st.hasText {
				st.blankRun = 0
			} else {
				st.blankRun++
			}
			st.midLine, st.hasText = false, false
			ls = le + 1
		} else {
			st.midLine = true
			ls = le
		}
	}
	return w.result()
}
