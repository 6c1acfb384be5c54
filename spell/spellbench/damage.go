package spellbench

// A Kind is one kind of damage the injector makes.
type Kind uint8

// The kinds of damage, each with the example it would make of clean text.
const (
	Drop        Kind = iota // a letter left out: "government" → "goverment"
	Double                  // a letter typed twice: "until" → "untill"
	Transpose               // two neighbouring letters swapped: "through" → "thorugh"
	Neighbor                // a letter replaced by a neighbouring QWERTY key: "told" → "tild"
	Insert                  // a neighbouring key struck as well: "surprise" → "susrprise"
	SpaceLetter             // the space between two words typed as a letter: "raid in" → "raidnin"
	RunOn                   // the space between two words lost: "in the" → "inthe"
	Split                   // a space typed inside a word: "government" → "gover nment"
	Swap                    // a word replaced by a common word one edit away: "from" → "form"
	NumKinds    = 9         // the number of kinds
)

var kindNames = [NumKinds]string{"drop", "double", "transpose", "neighbor", "insert", "space-letter", "run-on", "split", "swap"}

// String returns the kind's name: "drop", "double", "transpose", "neighbor",
// "insert", "space-letter", "run-on", "split" or "swap".
func (k Kind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return "kind?"
}

// A Class groups damage by what a corrector has to do about it.
type Class uint8

// The classes of damage.
const (
	NonWord    Class = iota // one word mistyped into a string the lexicon lacks
	RealWord                // one word mistyped or swapped into another lexicon word ("form" for "from")
	RunOnWords              // two words written as one (Kind RunOn or SpaceLetter)
	SplitWord               // one word broken in two (Kind Split)
	NumClasses = 4          // the number of classes
)

var classNames = [NumClasses]string{"non-word", "real-word", "run-on", "split"}

// String returns the class's name: "non-word", "real-word", "run-on" or
// "split".
func (c Class) String() string {
	if c < NumClasses {
		return classNames[c]
	}
	return "class?"
}

// A Damage is one place the injector damaged.
type Damage struct {
	Kind Kind
	// Start and End delimit the clean words in the clean text (both words
	// and the space between them for a run-on); DStart and DEnd delimit
	// what replaced them in the damaged text.
	Start, End   int
	DStart, DEnd int
	// Original is the clean text's Clean[Start:End]; Damaged is the damaged
	// text's Text[DStart:DEnd].
	Original, Damaged string
	// Real reports that the damaged form is made of lexicon words: a
	// real-word error ("form"), a run-on that is itself a word ("became"
	// from "be came"), or a split whose parts are both words ("for mat").
	Real bool
	// NearCapital reports that a neighbouring word (before, or after) is
	// capitalised: a name, mostly, or a sentence opener, about which a
	// bigram list of common words is silent.
	NearCapital bool
}

// Class returns the class the damage counts under: run-ons and splits by
// their kind, other damage as a real-word error when Real is set and as a
// non-word otherwise.
func (d Damage) Class() Class {
	switch {
	case d.Kind == RunOn || d.Kind == SpaceLetter:
		return RunOnWords
	case d.Kind == Split:
		return SplitWord
	case d.Real:
		return RealWord
	}
	return NonWord
}

// A Damaged text is a clean text with typos injected, and the list of them.
type Damaged struct {
	Clean   string   // the text before damage
	Text    string   // the text after damage
	Damages []Damage // in text order, never overlapping or adjacent
}
