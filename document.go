package copyedit

import "github.com/copyedit/copyedit/edit"

// A Document is a text together with its metadata. Stages read and replace
// Text; a stage may add metadata, such as the "date" the boilerplate stage
// finds in a dateline it removes.
type Document struct {
	Text string
	Meta map[string]string
	// Source names where the document comes from, such as an outlet or a
	// site's host name. The boilerplate stage removes what it learned to be
	// boilerplate of that source. It may be empty.
	Source string
}

// An Edit records one change made by a stage, or one suspect a stage found
// and left alone. Offsets are byte offsets into the text that stage
// received. See package edit.
type Edit = edit.Edit

// A Result is the outcome of cleaning one Document.
type Result struct {
	// Document is the cleaned document, with the metadata the stages found
	// merged over the input's.
	Document Document
	// Edits lists every edit, stage by stage in pipeline order.
	Edits []Edit
	// Warnings are notes that need a reader's attention, such as a
	// removal the boilerplate stage refused to make.
	Warnings []Warning
}
