package sphinxlm

import "encoding/binary"

// bitsFor is the number of bits that hold every value up to max: 0 for 0,
// as sphinxbase's bitarr_required_bits.
func bitsFor(max uint32) uint {
	n := uint(0)
	for ; max != 0; max >>= 1 {
		n++
	}
	return n
}

// readBits returns the width-bit field (width ≤ 32) that starts bit bits
// into b, least significant bit first. Bits past the end of b read as 0;
// the parser checks sizes first, so that only happens on the padding.
func readBits(b []byte, bit uint64, width uint) uint32 {
	if width == 0 {
		return 0
	}
	i := bit >> 3
	var v uint64
	if i+8 <= uint64(len(b)) {
		v = binary.LittleEndian.Uint64(b[i:])
	} else {
		var buf [8]byte
		if i < uint64(len(b)) {
			copy(buf[:], b[i:])
		}
		v = binary.LittleEndian.Uint64(buf[:])
	}
	return uint32(v>>(bit&7)) & (1<<width - 1)
}
