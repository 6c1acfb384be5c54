// Package edit defines Edit, the record of one change made by a cleaning
// stage. It is a leaf package so that every stage (normalize, boilerplate,
// spell) and the root pipeline can share one type without import cycles.
package edit

// An Edit records one change a stage made to its input, or one suspect it
// found and left alone.
//
// Start and End are byte offsets into the text the stage received (not the
// original input of the whole pipeline): Before == input[Start:End].
type Edit struct {
	// Stage is the name of the stage that made the edit: "normalize",
	// "boilerplate" or "spell".
	Stage string `json:"stage"`
	// Rule names the fixer or rule inside the stage, such as "mojibake",
	// "appeal" or "nonword".
	Rule string `json:"rule"`
	// Start and End delimit the changed bytes in the stage's input.
	Start int `json:"start"`
	End   int `json:"end"`
	// Before is the text that was there; After is what replaced it.
	Before string `json:"before"`
	After  string `json:"after"`
	// Confidence is the stage's confidence in the change, in [0, 1].
	Confidence float64 `json:"confidence"`
	// Suspect reports an edit that was not made: the stage found a likely
	// error but the evidence could not decide. After equals Before and
	// Candidates lists the replacements it considered, best first.
	Suspect    bool     `json:"suspect,omitempty"`
	Candidates []string `json:"candidates,omitempty"`
}

// Len returns the number of input bytes the edit covers.
func (e Edit) Len() int { return e.End - e.Start }
