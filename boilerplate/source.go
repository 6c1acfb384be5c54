package boilerplate

import (
	"net/url"
	"strings"
)

// SourceOf returns the source name for a document's URL, as Learner.Add
// and CleanSource expect it: the host in lower case, without a port or a
// leading "www.". A string that is not an absolute URL is returned
// trimmed and lower-cased, so a plain domain or outlet name works too.
func SourceOf(rawURL string) string {
	s := strings.TrimSpace(rawURL)
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		s = u.Hostname()
	}
	s = strings.ToLower(s)
	return strings.TrimPrefix(s, "www.")
}
