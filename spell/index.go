package spell

import "math/bits"

// indexPrefix is the number of leading runes of a word whose deletions are
// indexed (SymSpell's prefix length). Words within distance k also have
// prefixes within k deletions of a common string, so a shorter prefix loses
// no candidate; it only lets more false ones through to verification.
const indexPrefix = 7

// indexDepth is the number of deletions indexed: the largest edit distance
// the index finds.
const indexDepth = 2

// A deleteIndex is a symmetric-delete index (as in SymSpell): it maps a hash
// of every string obtained by deleting up to indexDepth runes from a word's
// prefix to the word. It is built in two counting passes into flat arrays,
// with no maps and no per-word allocation.
type deleteIndex struct {
	mask  uint32   // bucket of a hash: hash & mask
	start []uint32 // ids of bucket b: ids[start[b]:start[b+1]]
	ids   []uint32
	// meta[id] is the word's letterMask in the low 32 bits and its length
	// in runes above: the filters of verification in one load, where the
	// vocabulary's arrays cost a cache miss each.
	meta []uint64
}

// wordMeta packs a word's letter mask and length for deleteIndex.meta.
func wordMeta(mask uint32, runes uint8) uint64 { return uint64(mask) | uint64(runes)<<32 }

// deleteHashes appends to dst the hashes of all strings made by deleting up
// to depth runes from p, without duplicates.
func deleteHashes(dst []uint32, p []rune, depth int) []uint32 {
	base := len(dst)
	add := func(h uint32) {
		for _, x := range dst[base:] {
			if x == h {
				return
			}
		}
		dst = append(dst, h)
	}
	add(hashSkip(p, -1, -1))
	if depth >= 1 {
		for i := range p {
			add(hashSkip(p, i, -1))
		}
	}
	if depth >= 2 {
		for i := range p {
			for j := i + 1; j < len(p); j++ {
				add(hashSkip(p, i, j))
			}
		}
	}
	return dst
}

// hashSkip is FNV-1a over the runes of p except those at i and j.
func hashSkip(p []rune, i, j int) uint32 {
	h := uint32(2166136261)
	for k, r := range p {
		if k == i || k == j {
			continue
		}
		h ^= uint32(r)
		h *= 16777619
		h ^= uint32(r) >> 8
	}
	return h
}

func newDeleteIndex(v *vocab) *deleteIndex {
	n := len(v.keys)
	hashes := make([]uint32, 0, n*24)
	ids := make([]uint32, 0, n*24)
	var rs []rune
	for id, w := range v.keys {
		rs = appendRunes(rs[:0], w)
		before := len(hashes)
		hashes = deleteHashes(hashes, rs[:min(len(rs), indexPrefix)], indexDepth)
		for range len(hashes) - before {
			ids = append(ids, uint32(id))
		}
	}
	nb := 1 << bits.Len(uint(len(hashes)))
	x := &deleteIndex{
		mask:  uint32(nb - 1),
		start: make([]uint32, nb+1),
		ids:   make([]uint32, len(hashes)),
		meta:  make([]uint64, n),
	}
	for id := range x.meta {
		x.meta[id] = wordMeta(v.masks[id], v.lens[id])
	}
	for _, h := range hashes {
		x.start[h&x.mask+1]++
	}
	for b := 1; b <= nb; b++ {
		x.start[b] += x.start[b-1]
	}
	next := make([]uint32, nb)
	copy(next, x.start[:nb])
	for k, h := range hashes {
		b := h & x.mask
		x.ids[next[b]] = ids[k]
		next[b]++
	}
	return x
}

// bucket returns the ids filed under hash h (and any colliding ones).
func (x *deleteIndex) bucket(h uint32) []uint32 {
	b := h & x.mask
	return x.ids[x.start[b]:x.start[b+1]]
}
