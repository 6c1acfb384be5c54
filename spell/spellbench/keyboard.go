package spellbench

// qwerty lists, for each lower-case letter, the keys next to it on a US
// QWERTY keyboard (same row and the rows above and below).
var qwerty = [26]string{
	'a' - 'a': "qwsz",
	'b' - 'a': "vghn",
	'c' - 'a': "xdfv",
	'd' - 'a': "serfcx",
	'e' - 'a': "wrsd",
	'f' - 'a': "drtgvc",
	'g' - 'a': "ftyhbv",
	'h' - 'a': "gyujnb",
	'i' - 'a': "uojk",
	'j' - 'a': "huikmn",
	'k' - 'a': "jiolm",
	'l' - 'a': "kop",
	'm' - 'a': "njk",
	'n' - 'a': "bhjm",
	'o' - 'a': "iklp",
	'p' - 'a': "ol",
	'q' - 'a': "wa",
	'r' - 'a': "etdf",
	's' - 'a': "awedxz",
	't' - 'a': "ryfg",
	'u' - 'a': "yihj",
	'v' - 'a': "cfgb",
	'w' - 'a': "qeas",
	'x' - 'a': "zsdc",
	'y' - 'a': "tugh",
	'z' - 'a': "asx",
}

// spaceKeys are the letters a thumb reaching for the space bar strikes.
const spaceKeys = "cvbnm"

// neighbors returns the keys next to lower-case letter b.
func neighbors(b byte) string {
	if b < 'a' || b > 'z' {
		return ""
	}
	return qwerty[b-'a']
}
