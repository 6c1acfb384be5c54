package spell

// Suggest returns up to n corrections for word taken on its own, without
// context, best first. It returns nil for a word the lexicon knows and for
// one with no candidate within two edits. The case of word is kept.
func (c *Corrector) Suggest(word string, n int) []string {
	cls := classify(word)
	if c.known(word, cls) || n <= 0 {
		return nil
	}
	c.init()
	core, suffix := cutPossessive(word)
	q := lowerRunes(nil, core)
	if len(q) == 0 || len(q) > maxWordLen {
		return nil
	}
	maxDist := 2
	if len(q) <= 4 {
		maxDist = 1
	}
	sc := c.getScratch()
	defer c.putScratch(sc)
	cs := c.wordChoices(q, neighbours{}, maxDist, c.opts.Spaces == "fix" && suffix == "", sc)
	return candidateList(cs, cls, suffix)[:min(n, len(cs))]
}
