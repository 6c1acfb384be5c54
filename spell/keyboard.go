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

// nearKeys reports whether a and b are neighbouring keys on a QWERTY
// keyboard.
func nearKeys(a, b rune) bool {
	if a == b || a > 'z' || b > 'z' {
		return false
	}
	ra, xa, oka := keyPos(a)
	rb, xb, okb := keyPos(b)
	if !oka || !okb {
		return false
	}
	dr, dx := ra-rb, xa-xb
	if dr < -1 || dr > 1 {
		return false
	}
	if dx < 0 {
		dx = -dx
	}
	if dr == 0 {
		return dx <= 1
	}
	return dx <= 0.75
}
