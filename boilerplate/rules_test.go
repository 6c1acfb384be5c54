package boilerplate

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRuleDocExamples checks that every example a line rule's
// documentation quotes (in backticks, without an ellipsis) is removed as a
// whole line by that very rule.
func TestRuleDocExamples(t *testing.T) {
	r := mustNew(t, Options{MaxRemoved: 1})
	para := "The ferry will run again on Monday after repairs to the pier, the operator said.\n"
	quoted := regexp.MustCompile("`([^`]+)`")
	for _, ri := range Rules() {
		if ri.Kind != "line" {
			continue
		}
		for _, m := range quoted.FindAllStringSubmatch(ri.Doc, -1) {
			ex := m[1]
			if strings.Contains(ex, "...") {
				continue
			}
			in := para + para + para + ex + "\n" + para
			res := r.Clean(in)
			assert.Equal(t, para+para+para+para, res.Text, "%s: %q", ri.Name, ex)
			assert.Equal(t, []string{ri.Name}, rulesOf(res), "%s: %q", ri.Name, ex)
		}
	}
}

// TestReadmeListsRules keeps the README's rule list and key list complete.
func TestReadmeListsRules(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	readme := string(b)
	for _, ri := range Rules() {
		assert.Contains(t, readme, "`"+ri.Name+"`", "README does not list rule %s", ri.Name)
	}
	for _, s := range RuleSets() {
		assert.Contains(t, readme, "`"+s+"`", "README does not list rule set %s", s)
	}
	for _, key := range []string{"mode", "disable", "phrases", "patterns", "allow", "max_removed", "profile", "min_docs", "min_share", "min_segment", "max_sources"} {
		assert.Contains(t, readme, "`"+key+"`", "README does not document key %s", key)
	}
}
