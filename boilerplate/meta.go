package boilerplate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Metadata tokens: a label (optional when the date stands alone on its
// line) followed by a date, a date and time, or (after a label) a time.
const (
	metaLabel = `(?P<label>date|published|posted|first published|updated|last updated|last modified|modified|created|dated)(?:\s+(?:on|at))?\s*[:|–—-]?\s*`
	metaMon   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	metaDay   = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`
	metaDate  = metaDay + `(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})|(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dm>` + metaMon + `),?\s+(?P<dy>\d{4})|(?P<mm>` + metaMon + `)\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<my>\d{4}))`
	metaTime  = `(?P<h>\d{1,2})[:.](?P<min>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<zone>gmt|utc|bst|cet|cest|est|edt|et|pst|pdt|pt|ist|cst|cdt|z)\b)?`
)

var (
	// metaLeadRe matches a token at the start of a line.
	metaLeadRe = regexp.MustCompile(`(?i)^(?:` + metaLabel + `)?(?:` + metaDate + `(?:(?:,?\s*(?:at\s+)?|\s*[|–—-]\s*|T)` + metaTime + `)?|` + metaTime + `)` + `[\s|,;.]*`)
	// metaTailRe matches a labelled token at the end of a line.
	metaTailRe = regexp.MustCompile(`(?i)(?:^|[\s|,;–—-]|[.!?"')”’])` + metaLabel + `(?:` + metaDate + `(?:(?:,?\s*(?:at\s+)?|\s*[|–—-]\s*|T)` + metaTime + `)?|` + metaTime + `)` + `[\s|.]*$`)
	metaNames  = metaLeadRe.SubexpNames()
	tailNames  = metaTailRe.SubexpNames()
)

// metaAnchors finds the labels a trailing token needs, so that the
// pattern only runs on lines that have one.
var metaAnchors = sync.OnceValue(func() *anchorSet {
	return newAnchorSet([]string{"date", "published", "posted", "updated", "modified", "created"})
})

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

var zones = map[string]string{"gmt": "Z", "utc": "Z", "z": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
	"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "pst": "-08:00", "pdt": "-07:00", "ist": "+05:30"}

// metaToken is a parsed metadata token.
type metaToken struct {
	start, end int // byte span in the line
	key        string
	value      string // ISO 8601
	labelled   bool
}

// parseMeta turns the submatches of a metadata pattern into a token; ok
// is false when the values are not a real date or time.
func parseMeta(line string, m []int, names []string) (metaToken, bool) {
	g := map[string]string{}
	for i, n := range names {
		if n != "" && m[2*i] >= 0 {
			g[n] = line[m[2*i]:m[2*i+1]]
		}
	}
	t := metaToken{start: m[0], end: m[1], key: "date"}
	label := strings.ToLower(g["label"])
	t.labelled = label != ""
	if strings.Contains(label, "updated") || strings.Contains(label, "modified") {
		t.key = "updated"
	}
	y, mo, d := 0, 0, 0
	var mon string
	switch {
	case g["iy"] != "":
		y, mo, d = atoi(g["iy"]), atoi(g["im"]), atoi(g["id"])
	case g["dy"] != "":
		y, mon, d = atoi(g["dy"]), g["dm"], atoi(g["dd"])
	case g["my"] != "":
		y, mon, d = atoi(g["my"]), g["mm"], atoi(g["md"])
	}
	if mon != "" {
		mo = months[strings.ToLower(mon[:3])]
	}
	date := ""
	if y != 0 {
		if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
			return t, false
		}
		date = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	clock := ""
	if g["h"] != "" {
		h, mi := atoi(g["h"]), atoi(g["min"])
		ampm := strings.ToLower(strings.ReplaceAll(g["ampm"], ".", ""))
		if ampm == "pm" && h < 12 {
			h += 12
		} else if ampm == "am" && h == 12 {
			h = 0
		}
		if h > 23 || mi > 59 {
			return t, false
		}
		clock = fmt.Sprintf("%02d:%02d", h, mi) + zones[strings.ToLower(g["zone"])]
	}
	switch {
	case date != "" && clock != "":
		t.value = date + "T" + clock
	case date != "":
		t.value = date
	case clock != "" && t.labelled:
		t.value = clock
	default:
		return t, false
	}
	return t, true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// leadMeta finds a metadata token at the start of line. A token without
// a label must be the whole line.
func leadMeta(line string) (metaToken, bool) {
	m := metaLeadRe.FindStringSubmatchIndex(line)
	if m == nil {
		return metaToken{}, false
	}
	t, ok := parseMeta(line, m, metaNames)
	if !ok {
		return t, false
	}
	if t.end < len(line) {
		if !t.labelled {
			return t, false
		}
		// A glued token must end on a word boundary: a separator, or an
		// opening bracket right after it ("2026(Photo: ...)").
		if c := line[t.end-1]; c != ' ' && c != '\t' && c != '|' && c != ',' && c != ';' && c != '.' &&
			line[t.end] != '(' && line[t.end] != '[' {
			return t, false
		}
	}
	return t, true
}

// tailMeta finds a labelled metadata token at the end of line.
func tailMeta(line string) (metaToken, bool) {
	off := 0
	if len(line) > 400 {
		off = len(line) - 400
	}
	found := false
	metaAnchors().scan(line[off:], func(int, int) { found = true })
	if !found {
		return metaToken{}, false
	}
	m := metaTailRe.FindStringSubmatchIndex(line[off:])
	if m == nil {
		return metaToken{}, false
	}
	t, ok := parseMeta(line[off:], m, tailNames)
	if !ok || !t.labelled {
		return t, false
	}
	// A token glued to the end of a sentence ("said.Updated ...") keeps
	// the sentence's closing punctuation.
	if r, size := utf8.DecodeRuneInString(line[off+t.start:]); strings.ContainsRune(".!?\"')”’", r) {
		t.start += size
	}
	t.start += off
	t.end += off
	return t, true
}
