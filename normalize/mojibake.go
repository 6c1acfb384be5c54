package normalize

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// The mojibake fixer finds spans of text that, encoded back to bytes in one
// of the legacy encodings, form valid UTF-8, and decodes them when the
// result reads more like real text than the span did (see weirdness).
//
// A decode is strong when it lowers the weirdness by 2 or more, weak when
// by 1. Weak decodes are applied only on lines that also hold a strong one:
// one piece of clear damage makes the faint ones around it believable.
//
// Three kinds of lost information are restored: a space where byte 0xA0
// (a no-break space) was turned into a plain space, and '?' or U+FFFD where
// a byte was lost to a lossy decoder (the whole character then becomes
// U+FFFD). Spans whose bytes spell a UTF-16 surrogate pair in CESU-8 (as
// Java writes emoji) decode to the character the pair stands for.

// lostSpaceEncodings are the encodings in which byte 0xA0 is a no-break
// space, which text pipelines like to turn into a plain space: all but
// MacRoman and CP437.
const lostSpaceEncodings = 1<<numEnc - 1 - 1<<7 - 1<<8

const (
	bytePlaceholder = 0x1A // a byte lost to '?' or U+FFFD
	maxLayers       = 4    // mojibake of mojibake of ...
)

type mojiSeq struct {
	r     rune
	n     int32 // runes consumed
	real  int32 // bytes that were real characters (not restored)
	lost  bool  // used a space as byte 0xA0
	lossy bool  // had a placeholder byte
	fffd  bool  // the placeholder was U+FFFD
}

type mojiCand struct {
	start, end int // rune indices [start, end)
	enc        int
	out        []rune
	diff       int
}

// mojiScratch holds the buffers the mojibake fixer reuses from one call to
// the next; its zero value is ready to use. It is not safe for concurrent
// use: each String call and each Transformer has its own.
type mojiScratch struct {
	rs    []rune // the line as runes
	offs  []int  // byte offset of each rune, and the length
	dec   []rune // a decoded window being scored
	arena []rune // the outputs of candidates of the current line
	// Per decoding depth: the candidates found, the ones picked and the
	// runes an earlier encoding covers. A depth's slices are free again
	// once its pickCandidates call has returned and its result is used.
	cands, picked [maxLayers][]mojiCand
	covered       [maxLayers][]bool
	memo          [maxLayers]groupMemo
}

// fixMojibake repairs the mojibake in s.
func fixMojibake(s string) (string, []span) {
	var sc mojiScratch
	return sc.fix(s, nil)
}

// fix repairs the mojibake in s, reusing the scratch buffers.
func (sc *mojiScratch) fix(s string, buf []span) (string, []span) {
	encs := mojibakeEncodings(s)
	if encs == 0 {
		return s, nil
	}
	// A line has at most as many runes as bytes: size both once and fill
	// them by index.
	rs, offs := slices.Grow(sc.rs[:0], len(s))[:len(s)], slices.Grow(sc.offs[:0], len(s)+1)[:len(s)+1]
	n := 0
	for i, r := range s {
		rs[n], offs[n] = r, i
		n++
	}
	offs[n] = len(s)
	rs, offs = rs[:n], offs[:n+1]
	sc.rs, sc.offs = rs, offs
	sc.arena = sc.arena[:0]
	picked := pickCandidates(rs, encs, 0, true, sc)
	if len(picked) == 0 {
		return s, nil
	}
	// A line that still reads as garble after the fixes is hopeless:
	// decoding it further only trades one garble for another.
	sc.dec = appendCands(sc.dec[:0], rs, picked)
	if after := weirdness(sc.dec); after > 3 && after*2 > weirdness(rs) {
		return s, nil
	}
	var w rewriter
	w.reset(s, buf)
	// Decodes that touch make one edit: join them before replacing.
	for k := 0; k < len(picked); {
		c := picked[k]
		conf := candConf(c)
		j := k + 1
		for j < len(picked) && picked[j].start == picked[j-1].end {
			conf = min(conf, candConf(picked[j]))
			j++
		}
		after := c.out
		if j > k+1 {
			sc.dec = sc.dec[:0]
			for _, d := range picked[k:j] {
				sc.dec = append(sc.dec, d.out...)
			}
			after = sc.dec
		}
		w.replaceRunes(offs[c.start], offs[picked[j-1].end], after, "mojibake", conf)
		k = j
	}
	return w.result()
}

// candConf is the confidence of a decode: lower for a weak one.
func candConf(c mojiCand) float64 {
	if c.diff < 2 {
		return 0.8
	}
	return 0.95
}

// mojibakeEncodings is the fast path: it returns the set of encodings (a
// bit mask) in which some character of s could begin a UTF-8 sequence and
// the character after it could continue it.
func mojibakeEncodings(s string) uint16 {
	var st encScan
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			if st.lead != 0 {
				st.next(rune(c))
				i++
				continue
			}
			i += asciiRun(s[i:]) // no-ops for the scan
			continue
		}
		// Two-byte sequences (Latin, Greek, Cyrillic: most of what the
		// scan sees) are decoded inline.
		if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			st.next(rune(c&0x1F)<<6 | rune(s[i+1]&0x3F))
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		st.next(r)
		i += n
	}
	return st.mask
}

// runeEncodings is mojibakeEncodings for runes.
func runeEncodings(rs []rune) uint16 {
	var st encScan
	for _, r := range rs {
		st.next(r)
	}
	return st.mask
}

type encScan struct {
	mask, lead uint16 // lead: encodings where the previous rune is a lead byte
}

func (st *encScan) next(r rune) {
	if r < 0x80 {
		if r == ' ' {
			st.mask |= st.lead & lostSpaceEncodings
		} else if r == '?' {
			st.mask |= st.lead
		}
		st.lead = 0
		return
	}
	if r == 0xFFFD {
		st.mask |= st.lead
		st.lead = 0
		return
	}
	m := tables.masksOf(r)
	st.mask |= st.lead & m.cont
	st.lead = m.lead
}

// contMask returns the encodings in which r can stand for the second byte
// of a UTF-8 sequence: a continuation byte, a lost no-break space, or a
// placeholder for a lost byte.
func contMask(r rune) uint16 {
	switch {
	case r == ' ':
		return lostSpaceEncodings
	case r == '?' || r == 0xFFFD:
		return 1<<numEnc - 1
	case r < 0x80:
		return 0
	}
	return tables.masksOf(r).cont
}

// pickCandidates finds the decodes to apply to rs, in order of position.
// With needStrong, weak decodes are kept only beside a strong one.
func pickCandidates(rs []rune, encs uint16, depth int, needStrong bool, sc *mojiScratch) []mojiCand {
	cands := sc.cands[depth][:0]
	sc.memo[depth].valid = false
	// Spans an earlier encoding decodes with clear evidence (diff ≥ 4)
	// are not tried in later ones: a later encoding could only tie there.
	var covered []bool
	// next[e] is where encoding e may start its next group: groups of one
	// encoding do not overlap.
	var next [numEnc]int
	for i := 0; i < len(rs); i++ {
		if rs[i] < 0x80 || covered != nil && covered[i] {
			continue
		}
		if i+1 == len(rs) {
			break // a sequence takes two characters at least
		}
		// Only encodings in which the next character can continue the
		// sequence can decode one here (what decodeSeq checks first).
		m := tables.masksOf(rs[i])
		leads := m.lead & encs & contMask(rs[i+1])
		// A three- or four-byte sequence needs a third character that
		// can continue it too.
		if long := leads & m.long; long != 0 {
			var third uint16
			if i+2 < len(rs) {
				third = contMask(rs[i+2])
			}
			leads &^= long &^ third
		}
		for leads != 0 {
			e := bits.TrailingZeros16(leads)
			leads &^= 1 << e
			if i < next[e] || covered != nil && covered[i] {
				continue
			}
			if c, end, ok := groupAt(rs, e, i, depth, sc); ok {
				next[e] = end
				if c.diff >= 1 || c.diff == 0 && c.out != nil {
					cands = append(cands, c)
				}
				if c.diff >= 4 {
					if covered == nil {
						covered = slices.Grow(sc.covered[depth][:0], len(rs))[:len(rs)]
						clear(covered)
						sc.covered[depth] = covered
					}
					for k := c.start; k < c.end; k++ {
						covered[k] = true
					}
				}
			}
		}
	}
	sc.cands[depth] = cands
	if len(cands) == 0 {
		return nil
	}
	// Ties go to the encoding that explains most of the line, then to the
	// more common encoding.
	var encTotal [numEnc]int
	for _, c := range cands {
		encTotal[c.enc] += c.diff
	}
	slices.SortStableFunc(cands, func(ca, cb mojiCand) int {
		if ca.diff != cb.diff {
			return cb.diff - ca.diff
		}
		if encTotal[ca.enc] != encTotal[cb.enc] {
			return encTotal[cb.enc] - encTotal[ca.enc]
		}
		return ca.enc - cb.enc
	})
	if needStrong && cands[0].diff < 2 {
		return nil
	}
	var strong [numEnc]bool
	for _, c := range cands {
		if c.diff >= 2 {
			strong[c.enc] = true
		}
	}
	picked := sc.picked[depth][:0]
	for _, c := range cands {
		if c.diff == 0 && depth == 0 && !strong[c.enc] {
			continue
		}
		free := true
		for _, p := range picked {
			if c.start < p.end && p.start < c.end {
				free = false
				break
			}
		}
		if free {
			picked = append(picked, c)
		}
	}
	slices.SortFunc(picked, func(a, b mojiCand) int { return a.start - b.start })
	sc.picked[depth] = picked
	if len(picked) == 0 {
		return nil
	}
	return picked
}

// appendCands appends rs with the candidates cs applied to out.
func appendCands(out, rs []rune, cs []mojiCand) []rune {
	last := 0
	for _, c := range cs {
		out = append(out, rs[last:c.start]...)
		out = append(out, c.out...)
		last = c.end
	}
	return append(out, rs[last:]...)
}

// decodeSeq decodes one UTF-8 sequence from the byte view bv starting at
// rune i.
func decodeSeq(rs []rune, bv byteView, i int) (mojiSeq, bool) {
	if i >= len(rs) {
		return mojiSeq{}, false
	}
	lead := bv.at(i)
	if rs[i] < 0x80 || lead < 0xC2 || lead > 0xF4 {
		return mojiSeq{}, false
	}
	need := 2
	if lead >= 0xF0 {
		need = 4
	} else if lead >= 0xE0 {
		need = 3
	}
	if i+need > len(rs) {
		return mojiSeq{}, false
	}
	var b [4]byte
	b[0] = lead
	seq := mojiSeq{n: int32(need), real: 1}
	for k := 1; k < need; k++ {
		r, c := rs[i+k], bv.at(i+k)
		switch {
		case r >= 0x80 && c >= 0x80 && c < 0xC0:
			seq.real++
		case r == ' ' && lostSpaceEncodings&(1<<bv.enc) != 0:
			c = 0xA0
			seq.lost = true
		case r == '?' || r == 0xFFFD:
			c = 0x80
			seq.lossy = true
			seq.fffd = seq.fffd || r == 0xFFFD
		default:
			return mojiSeq{}, false
		}
		b[k] = c
	}
	if seq.lossy {
		if seq.real == 1 && seq.lost {
			return mojiSeq{}, false
		}
		seq.r = 0xFFFD
		return seq, true
	}
	if lead == 0xED && b[1] >= 0xA0 {
		return decodeCESU(rs, bv, i)
	}
	// Every byte after the lead is a continuation byte here, so only the
	// second byte's range can make the sequence invalid (overlong, or
	// beyond U+10FFFF), as utf8.DecodeRune would find.
	switch need {
	case 2:
		seq.r = rune(lead&0x1F)<<6 | rune(b[1]&0x3F)
	case 3:
		if lead == 0xE0 && b[1] < 0xA0 {
			return mojiSeq{}, false
		}
		seq.r = rune(lead&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
	default:
		if lead == 0xF0 && b[1] < 0x90 || lead == 0xF4 && b[1] >= 0x90 {
			return mojiSeq{}, false
		}
		seq.r = rune(lead&0x07)<<18 | rune(b[1]&0x3F)<<12 | rune(b[2]&0x3F)<<6 | rune(b[3]&0x3F)
	}
	return seq, true
}

// decodeCESU decodes a UTF-16 surrogate pair written as two 3-byte
// sequences.
func decodeCESU(rs []rune, bv byteView, i int) (mojiSeq, bool) {
	if i+6 > len(rs) {
		return mojiSeq{}, false
	}
	for k := 0; k < 6; k++ {
		if rs[i+k] < 0x80 {
			return mojiSeq{}, false
		}
	}
	var b [6]byte
	for k := range b {
		b[k] = bv.at(i + k)
	}
	if b[0] != 0xED || b[1] < 0xA0 || b[1] > 0xAF || b[2] < 0x80 || b[2] > 0xBF ||
		b[3] != 0xED || b[4] < 0xB0 || b[4] > 0xBF || b[5] < 0x80 || b[5] > 0xBF {
		return mojiSeq{}, false
	}
	hi := rune(b[1]&0x0F)<<6 | rune(b[2]&0x3F)
	lo := rune(b[4]&0x0F)<<6 | rune(b[5]&0x3F)
	return mojiSeq{r: 0x10000 + hi<<10 | lo, n: 6, real: 6}, true
}

// keepSpaceAfterA decides, after "Ã " decoded as 'à' by taking the space for
// a lost no-break space, whether a real space followed the 'à' too. French,
// Italian and Catalan 'à' is a word of its own; Portuguese fuses it into
// "às", "àquele", "àquela", "àquilo". A double space means the first was the
// no-break space.
func keepSpaceAfterA(rs []rune, i int) bool {
	if i >= len(rs) || rs[i] == ' ' {
		return false
	}
	rest := rs[i:]
	if len(rest) >= 1 && rest[0] == 's' && (len(rest) == 1 || strings.ContainsRune(" ,.;:!?)", rest[1])) {
		return false
	}
	if len(rest) >= 4 && rest[0] == 'q' && rest[1] == 'u' && (rest[2] == 'e' && rest[3] == 'l' || rest[2] == 'i' && rest[3] == 'l') {
		return false
	}
	return true
}

// sameScript reports whether rs are letters and marks of one script.
func sameScript(rs []rune) bool {
	sc := 0
	for _, r := range rs {
		if isMark(r) {
			continue
		}
		if !isLetter(r) {
			return false
		}
		if s := script(r); sc == 0 {
			sc = s
		} else if s != sc {
			return false
		}
	}
	return true
}

// byteView reads runes as the bytes of one encoding: ASCII as itself,
// U+FFFD as the placeholder byte, runes the encoding lacks as 0.
type byteView struct {
	rs  []rune
	enc int
}

func (v byteView) at(i int) byte {
	switch r := v.rs[i]; {
	case r < 0x80:
		return byte(r)
	case r == 0xFFFD:
		return bytePlaceholder
	default:
		return tables.bytesOf(r)[v.enc]
	}
}

// groupAt decodes the group of consecutive UTF-8 sequences that starts at
// rune i in encoding e and scores it. ok is false when no sequence starts
// there; end is where the group ends even when it is rejected. A candidate
// with diff 0 has a nil out unless it may count beside strong decodes.
func groupAt(rs []rune, e, i, depth int, sc *mojiScratch) (c mojiCand, end int, ok bool) {
	bv := byteView{rs, e}
	seq, ok := decodeSeq(rs, bv, i)
	if !ok {
		return mojiCand{}, i, false
	}
	start := i
	// out is built at the end of the arena and keeps its place there:
	// later appends to the arena go past its capacity.
	base := len(sc.arena)
	out := sc.arena
	bonus, lost, rareLead, nseq := 0, false, false, 0
	for ok {
		nseq++
		if e == 0 && !rareLead {
			for k := i; k < i+int(seq.n); k++ {
				if isRareLead(rs[k]) {
					rareLead = true
				}
			}
		}
		switch {
		case seq.real >= 3:
			bonus += 2 // three real bytes that spell UTF-8 are no accident
		case seq.n == 3 && seq.real == 2, seq.fffd:
			bonus++
		}
		lost = lost || seq.lost
		out = append(out, seq.r)
		i += int(seq.n)
		if seq.lost && isLetter(seq.r) && i < len(rs) && isLetter(rs[i]) {
			bonus++ // the restored letter begins the word after it
		}
		if seq.lost && seq.r == 'à' && i < len(rs) && rs[i] == ' ' {
			bonus++ // "Ã  ": à, its no-break space, then a space
		}
		if seq.r == 'à' && seq.lost && keepSpaceAfterA(rs, i) {
			out = append(out, ' ')
		}
		seq, ok = decodeSeq(rs, bv, i)
	}
	end = i
	sc.arena = out
	out = out[base:len(out):len(out)]
	// Encodings that agree on these bytes (Windows-1252, -1250 and -1254
	// on most Latin mojibake) decode the same group the same way: the
	// score of the previous group at this start is reused when everything
	// it depends on is equal (the Windows-1252-only rare-lead rule only
	// matters with a lost space).
	m := &sc.memo[depth]
	if m.valid && m.start == start && m.end == end && m.bonus == bonus && m.nseq == nseq &&
		m.lost == lost && (m.rareLead == rareLead || !lost) && slices.Equal(m.raw, out) {
		c = m.c
		c.enc = e
		return c, end, true
	}
	c = scoreGroup(rs, e, start, end, out, bonus, nseq, lost, rareLead, depth, sc)
	*m = groupMemo{true, start, end, out, bonus, nseq, lost, rareLead, c}
	return c, end, true
}

// groupMemo is the last group groupAt scored at one depth.
type groupMemo struct {
	valid          bool
	start, end     int
	raw            []rune // the decoded runes before deeper layers
	bonus, nseq    int
	lost, rareLead bool
	c              mojiCand
}

// scoreGroup scores the group rs[start:end], which decodes to out in
// encoding e, and decodes deeper layers of it.
func scoreGroup(rs []rune, e, start, end int, out []rune, bonus, nseq int, lost, rareLead bool, depth int, sc *mojiScratch) mojiCand {
	reject := mojiCand{start: start, end: end, enc: e, diff: -1}
	for _, r := range out {
		// C1 controls may be a middle layer (Â\x9d); anything else
		// unacceptable stays so however deep the decoding goes.
		if !acceptable(r) && r != ' ' && !(r >= 0x80 && r < 0xA0) {
			return reject
		}
	}
	if nseq > 1 && sameScript(out) {
		bonus += nseq - 1 // a word of one script, letter by letter
	}
	if depth+1 < maxLayers {
		if encs := runeEncodings(out); encs != 0 {
			if more := pickCandidates(out, encs, depth+1, false, sc); len(more) > 0 {
				// Built at the end of the arena, like the group's own
				// decode: it keeps its place, later appends go past it.
				base := len(sc.arena)
				sc.arena = appendCands(sc.arena, out, more)
				out = sc.arena[base:len(sc.arena):len(sc.arena)]
			}
		}
	}
	for _, r := range out {
		if !acceptable(r) && r != ' ' {
			return reject
		}
	}
	lo, hi := max(start-1, 0), min(end+1, len(rs))
	dec := append(sc.dec[:0], rs[lo:start]...)
	dec = append(dec, out...)
	dec = append(dec, rs[end:hi]...)
	sc.dec = dec
	diff := weirdness(rs[lo:hi]) - weirdness(dec) + bonus
	if lost && !rareLead {
		diff = min(diff, 1)
	}
	c := mojiCand{start, end, e, out, diff}
	// A decode that changes nothing in weirdness still counts, beside
	// strong decodes in the same encoding, when it yields plain letters:
	// the short words of a mis-decoded line (Рѕ for о).
	if diff == 0 && !(depth > 0 || !lost && sameScript(out)) {
		c.out = nil
	}
	return c
}
