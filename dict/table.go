package dict

import (
	"fmt"
	"hash/maphash"
	"math/bits"
	"strings"
	"sync"
)

const (
	countSize  = 5  // bytes per count in counts.bin
	bigramSize = 10 // bytes per record in bigrams.bin
)

// A table is the built-in lexicon: the embedded data used in place plus
// the indexes built over it at load time. It is immutable once built,
// except for the lazily built mixed-case index and variant groups, each guarded
// by its own sync.Once.
type table struct {
	words   string   // sorted words, each followed by '\n'
	offs    []uint32 // offs[i] is where word i starts; offs[n] == len(words)
	counts  string   // countSize bytes per word
	bigrams string   // bigramSize bytes per pair, sorted by (a, b)
	bstart  []uint32 // bigrams of word i are records bstart[i] to bstart[i+1]-1

	seed  maphash.Seed
	slots []uint32 // open addressing: word index + 1, 0 for empty
	mask  uint32

	variantsTxt string
	mixedOnce   sync.Once
	mixed       map[string]int32 // lowercase form → index, for words in mixed case
	varOnce     sync.Once
	variants    map[string]int32 // spelling → offset of its line in variantsTxt

	attested *attestedList // nil when there is no attested tier

	pairOnce  sync.Once
	pairIndex *pairIndex // built on the first EntryBigram or EntryBigramMax
}

// newTable indexes the data files. It checks their shape, so corrupt data
// is an error rather than a panic later.
func newTable(words, counts, bigrams, variants string) (*table, error) {
	if len(counts)%countSize != 0 {
		return nil, fmt.Errorf("dict: counts: length %d is not a multiple of %d", len(counts), countSize)
	}
	n := len(counts) / countSize
	if n >= 1<<24 {
		return nil, fmt.Errorf("dict: %d words: too many", n)
	}
	t := &table{words: words, counts: counts, bigrams: bigrams, variantsTxt: variants, seed: maphash.MakeSeed()}

	t.offs = make([]uint32, n+1)
	p := 0
	for i := range n {
		j := strings.IndexByte(words[p:], '\n')
		if j <= 0 {
			return nil, fmt.Errorf("dict: words: entry %d is missing or empty", i)
		}
		t.offs[i] = uint32(p)
		p += j + 1
	}
	if p != len(words) {
		return nil, fmt.Errorf("dict: words: %d bytes after the %d counted words", len(words)-p, n)
	}
	t.offs[n] = uint32(p)

	size := 1
	for size < 2*n {
		size <<= 1
	}
	t.slots = make([]uint32, size)
	t.mask = uint32(size - 1)
	for i := range n {
		w := t.word(i)
		h := uint32(maphash.String(t.seed, w)) & t.mask
		for t.slots[h] != 0 {
			if t.word(int(t.slots[h]-1)) == w {
				return nil, fmt.Errorf("dict: words: %q listed twice", w)
			}
			h = (h + 1) & t.mask
		}
		t.slots[h] = uint32(i + 1)
	}

	if len(bigrams)%bigramSize != 0 {
		return nil, fmt.Errorf("dict: bigrams: length %d is not a multiple of %d", len(bigrams), bigramSize)
	}
	m := len(bigrams) / bigramSize
	t.bstart = make([]uint32, n+1)
	prev := -1
	for r := range m {
		a := int(get24(bigrams[r*bigramSize:]))
		b := int(get24(bigrams[r*bigramSize+3:]))
		if a >= n || b >= n || a < prev {
			return nil, fmt.Errorf("dict: bigrams: record %d (%d, %d) out of order or range", r, a, b)
		}
		for ; prev < a; prev++ {
			t.bstart[prev+1] = uint32(r)
		}
	}
	for ; prev < n; prev++ {
		t.bstart[prev+1] = uint32(m)
	}
	return t, nil
}

func get24(s string) uint32 { return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 }

// len returns the number of words.
func (t *table) len() int { return len(t.offs) - 1 }

// word returns word i.
func (t *table) word(i int) string { return t.words[t.offs[i] : t.offs[i+1]-1] }

// count returns the count of word i.
func (t *table) count(i int) uint64 {
	s := t.counts[i*countSize : i*countSize+countSize]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 | uint64(s[4])<<32
}

// find returns the index of w, or -1.
func (t *table) find(w string) int {
	h := uint32(maphash.String(t.seed, w)) & t.mask
	for {
		v := t.slots[h]
		if v == 0 {
			return -1
		}
		if t.word(int(v-1)) == w {
			return int(v - 1)
		}
		h = (h + 1) & t.mask
	}
}

// bigram returns the count of the pair of word indexes a, b.
func (t *table) bigram(a, b int) uint64 {
	lo, hi := int(t.bstart[a]), int(t.bstart[a+1])
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		r := t.bigrams[mid*bigramSize:]
		switch x := int(get24(r[3:])); {
		case x < b:
			lo = mid + 1
		case x > b:
			hi = mid
		default:
			return uint64(r[6]) | uint64(r[7])<<8 | uint64(r[8])<<16 | uint64(r[9])<<24
		}
	}
	return 0
}

// bigramCount returns the number of bigram records.
func (t *table) bigramCount() int { return len(t.bigrams) / bigramSize }

// mixedIndex returns the index from lowercase forms to the words in mixed
// case, neither capitalised nor all capitals ("McDonald", "iPhone"),
// building it on first use: the all-capitals lookups that lowercase and
// capitalised forms do not answer. When several words fold to the same
// form, the one with the higher count wins (then the smaller index).
func (t *table) mixedIndex() map[string]int32 {
	t.mixedOnce.Do(func() {
		t.mixed = make(map[string]int32)
		for i := range t.len() {
			w := t.word(i)
			if !hasUpper(w) {
				continue
			}
			if title, caps := shape(w); title || caps {
				continue
			}
			lw := strings.ToLower(w)
			if j, ok := t.mixed[lw]; ok && t.count(int(j)) >= t.count(i) {
				continue
			}
			t.mixed[lw] = int32(i)
		}
	})
	return t.mixed
}

// A pairIndex is the bigram list laid out for many look-ups by word index:
// an open-addressing hash table of the pairs, and the largest count of a
// pair that each word begins and ends.
//
// A slot is one uint64: the index of the first word + 1 and of the second,
// idxBits each, then the count in the remaining bits (0 for an empty
// slot); a count too large for them is kept in big, its slot holding all
// ones. For the built-in list (132,550 words) that is 18 + 18 + 28 bits,
// and 23 pairs are big.
type pairIndex struct {
	slots   []uint64
	shift   uint // 64 − log2(len(slots))
	idxBits uint
	big     map[uint64]uint32 // by key (the slot's top bits)
	max     []pairBound       // by word index
}

// A pairBound is the largest count of a pair that a word begins and of one
// it ends.
type pairBound struct{ first, last uint32 }

// slot returns the first slot to probe for the pair of word indexes a, b
// (each below 1<<24).
func (p *pairIndex) slot(a, b uint32) int {
	return int(((uint64(a)<<24 | uint64(b)) * 0x9E3779B97F4A7C15) >> p.shift)
}

// key returns the top bits of the slot of the pair a, b.
func (p *pairIndex) key(a, b uint32) uint64 { return uint64(a+1)<<p.idxBits | uint64(b) }

// pairs returns the pairIndex, building it on first use.
func (t *table) pairs() *pairIndex {
	t.pairOnce.Do(func() {
		m := t.bigramCount()
		size, lg := 1, uint(0)
		for size < 2*m || size < 2 {
			size <<= 1
			lg++
		}
		p := &pairIndex{
			slots:   make([]uint64, size),
			shift:   64 - lg,
			idxBits: uint(bits.Len(uint(t.len()) + 1)),
			max:     make([]pairBound, t.len()),
		}
		cbits := 64 - 2*p.idxBits
		cmax := uint64(1)<<cbits - 1
		mask := size - 1
		for r := range m {
			rec := t.bigrams[r*bigramSize:]
			a, b := get24(rec), get24(rec[3:])
			n := uint32(rec[6]) | uint32(rec[7])<<8 | uint32(rec[8])<<16 | uint32(rec[9])<<24
			key := p.key(a, b)
			c := uint64(n)
			if c >= cmax {
				if p.big == nil {
					p.big = make(map[uint64]uint32)
				}
				p.big[key] = n
				c = cmax
			}
			h := p.slot(a, b)
			for p.slots[h] != 0 {
				h = (h + 1) & mask
			}
			p.slots[h] = key<<cbits | c
			p.max[a].first = max(p.max[a].first, n)
			p.max[b].last = max(p.max[b].last, n)
		}
		t.pairIndex = p
	})
	return t.pairIndex
}

// bigramFast is bigram by the pairIndex.
func (t *table) bigramFast(a, b int) uint64 {
	p := t.pairs()
	key := p.key(uint32(a), uint32(b))
	cbits := 64 - 2*p.idxBits
	cmax := uint64(1)<<cbits - 1
	mask := len(p.slots) - 1
	for h := p.slot(uint32(a), uint32(b)); ; h = (h + 1) & mask {
		v := p.slots[h]
		if v>>cbits == key {
			if c := v & cmax; c != cmax {
				return c
			}
			return uint64(p.big[key])
		}
		if v == 0 {
			return 0
		}
	}
}
