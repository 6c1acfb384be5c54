package spell

import (
	"math"

	"github.com/sajari/fuzzy"
)

// fuzzyEngine finds candidates with github.com/sajari/fuzzy, the baseline
// the built-in index is measured against. Its model takes seconds and
// hundreds of megabytes to build over the whole lexicon.
type fuzzyEngine struct {
	model *fuzzy.Model
	ids   map[string]int32
	v     *vocab
}

func newFuzzyEngine(v *vocab) *fuzzyEngine {
	m := fuzzy.NewModel()
	m.SetDepth(indexDepth)
	m.SetThreshold(1)
	m.SetUseAutocomplete(false)
	ids := make(map[string]int32, len(v.keys))
	for id, k := range v.keys {
		ids[k] = int32(id)
		m.SetCount(k, int(min(v.counts[id], math.MaxInt32)), true)
	}
	return &fuzzyEngine{model: m, ids: ids, v: v}
}

// candidates returns fuzzy's suggestions that are within maxDist of q by
// our (rune, OSA) measure.
func (f *fuzzyEngine) candidates(q []rune, maxDist int, sc *scratch) []candidate {
	sc.cands = sc.cands[:0]
	for _, w := range f.model.Suggestions(string(q), true) {
		id, ok := f.ids[w]
		if !ok {
			continue
		}
		sc.runes = appendRunes(sc.runes[:0], w)
		if d := osa(q, sc.runes, maxDist, sc.ibuf); d <= maxDist {
			sc.cands = append(sc.cands, candidate{id, d})
		}
	}
	return sc.cands
}
