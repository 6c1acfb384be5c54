package spell

import "sync"

// soundKey returns a rough phonetic key of the lower-case word w, in the
// spirit of Metaphone: vowels after the first letter dropped, letters that
// spell the same sound merged, silent letters and doubles removed. Words a
// weak speller writes as they sound ("fisiks" for "physics") share a key
// with the word meant even when they are more than two edits apart.
func soundKey(w []rune, dst []byte) []byte {
	dst = dst[:0]
	var last byte
	for i := 0; i < len(w); i++ {
		r := w[i]
		next := rune(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		var k byte
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if i == 0 {
				k = 'a'
			}
		case 'b', 'p':
			if r == 'p' && next == 'h' {
				k = 'f'
				i++
			} else {
				k = 'p'
			}
		case 'c', 'k', 'q', 'g', 'j', 'x':
			switch {
			case r == 'c' && (next == 'e' || next == 'i' || next == 'y'):
				k = 's'
			case r == 'c' && next == 'h':
				k = 'c'
				i++
			case r == 'g' && next == 'h':
				i++ // mostly silent: "though", "night"
				continue
			case r == 'g' && (next == 'e' || next == 'i' || next == 'y'), r == 'j':
				k = 'j'
			case r == 'x':
				k = 'k'
				if last != 'k' {
					dst = append(dst, 'k')
				}
				last, k = 'k', 's'
			default:
				k = 'k'
			}
		case 'd', 't':
			if r == 't' && next == 'h' {
				k = 'o'
				i++
			} else if r == 't' && next == 'i' && i+2 < len(w) && (w[i+2] == 'o' || w[i+2] == 'a') {
				k = 'x' // "-tion", "-tial"
			} else {
				k = 't'
			}
		case 'f', 'v':
			k = 'f'
		case 's', 'z':
			if r == 's' && next == 'h' {
				k = 'x'
				i++
			} else {
				k = 's'
			}
		case 'w', 'h':
			if i == 0 {
				k = r2b(r)
			}
		case 'l', 'm', 'n', 'r':
			k = r2b(r)
		default:
			k = '?'
		}
		if k != 0 && k != last {
			dst = append(dst, k)
		}
		if k != 0 {
			last = k
		}
	}
	return dst
}

func r2b(r rune) byte { return byte(r) }

// A soundIndex maps sound keys to the words that have them. It is built on
// first use, when a suspect has no good candidate within two edits.
type soundIndex struct {
	once sync.Once
	keys map[string][]int32
}

func (s *soundIndex) build(v *vocab) {
	s.once.Do(func() {
		s.keys = make(map[string][]int32, len(v.keys)/2)
		var rs []rune
		var kb []byte
		for id, w := range v.keys {
			rs = appendRunes(rs[:0], w)
			kb = soundKey(rs, kb)
			s.keys[string(kb)] = append(s.keys[string(kb)], int32(id))
		}
	})
}
