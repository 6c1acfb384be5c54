package spell

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIndexMatchesScan checks that the symmetric-delete index finds exactly
// the words a full scan of the vocabulary finds.
func TestIndexMatchesScan(t *testing.T) {
	v := newVocab(englishLexicon(t))
	s := newSearcher(v)
	s.buildIndex()
	sc := &scratch{seen: make([]uint32, len(v.keys))}
	for _, q := range []string{"thorugh", "signifiant", "susprise", "fo", "teh", "acommodation",
		"goverment", "untill", "recieve", "xyzzyq", "a", "ab", "inthe", "naïve", "cafe", "beleive", "wierd", "quintessentail", "pronounciation"} {
		for k := 1; k <= 2; k++ {
			r := []rune(q)
			sc.stamp++
			sc.cands = sc.cands[:0]
			s.scan(r, k, sc)
			want := ids(sc.cands)
			sc.stamp++
			sc.cands = sc.cands[:0]
			s.searchIndex(r, k, sc)
			assert.Equal(t, want, ids(sc.cands), "%s k=%d", q, k)
		}
	}
}

func ids(cs []candidate) []int32 {
	var out []int32
	for _, c := range cs {
		out = append(out, c.id)
	}
	slices.Sort(out)
	return out
}
