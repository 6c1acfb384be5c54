package spell

// keyRows is the QWERTY layout; each row is shifted right by the given
// fraction of a key.
var keyRows = [...]struct {
	keys  string
	shift float64
}{
	{"qwertyuiop", 0},
	{"asdfghjkl", 0.25},
	{"zxcvbnm", 0.75},
}

// keyPos returns the row and horizontal position of a lower-case ASCII
// letter on a QWERTY keyboard.
func keyPos(r rune) (row int, x float64, ok bool) {
	for i, kr := range keyRows {
		for j, k := range kr.keys {
			if k == r {
				return i, float64(j) + kr.shift, true
			}
		}
	}
	return 0, 0, false
}

// keyTable holds, for each letter a..z, its row and position times four
// (so that the quarter-key shifts stay integers); row 0 marks "not a key".
var keyTable = func() (t [26]struct{ row, x int8 }) {
	for c := 'a'; c <= 'z'; c++ {
		row, x, _ := keyPos(c)
		t[c-'a'].row, t[c-'a'].x = int8(row+1), int8(x*4)
	}
	return t
}()

// nearKeys reports whether a and b are neighbouring keys on a QWERTY
// keyboard.
func nearKeys(a, b rune) bool {
	if a == b || a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	ka, kb := keyTable[a-'a'], keyTable[b-'a']
	dr, dx := ka.row-kb.row, ka.x-kb.x
	if dr < -1 || dr > 1 {
		return false
	}
	if dx < 0 {
		dx = -dx
	}
	if dr == 0 {
		return dx <= 4
	}
	return dx <= 3
}
