package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// learnCorpus writes two outlets' articles: each outlet closes every
// article with its own house line, and both quote the same minister.
func learnCorpus(t *testing.T, dir string) {
	t.Helper()
	topics := []string{"harbour", "ferry", "council", "school", "hospital", "bridge", "market", "library"}
	for i, topic := range topics {
		quote := `The minister said: "We will publish the full report before the summer recess."`
		a := fmt.Sprintf("Work on the %s began on Monday after years of delay and argument.\n\nLocal people said the %s had been neglected since the %d floods.\n\n%s\n\nThe Coastal Desk is funded by readers across the three counties we cover\n",
			topic, topic, 1990+i, quote)
		b := fmt.Sprintf("Plans for the %s were approved by a narrow vote late on Thursday night.\n\n%s\n\nCritics of the %s plan said the cost had doubled since %d.\n\nThe Valley Ledger welcomes letters from readers on every story it runs\n",
			topic, quote, topic, 2000+i)
		writeFile(t, filepath.Join(dir, "coastal", fmt.Sprintf("a%d.txt", i)), a, 0o644)
		writeFile(t, filepath.Join(dir, "valley", fmt.Sprintf("b%d.txt", i)), b, 0o644)
	}
}

func TestLearn(t *testing.T) {
	dir := workdir(t, `"boilerplate"`)
	learnCorpus(t, dir)

	r := copyedit(t, dir, "", "learn", "-o", "house.profile", "coastal", "valley")
	require.Equal(t, 0, r.code, r.stderr)
	fi, err := os.Stat(filepath.Join(dir, "house.profile"))
	require.NoError(t, err)
	assert.Positive(t, fi.Size())

	check := func(out string, quotes int) {
		t.Helper()
		assert.NotContains(t, out, "Coastal Desk is funded", "a house line is learned and removed")
		assert.NotContains(t, out, "Valley Ledger welcomes", "a house line is learned and removed")
		assert.Equal(t, quotes, strings.Count(out, "The minister said"), "a quote shared across outlets stays")
		assert.Contains(t, out, "Work on the school began")
		assert.Contains(t, out, "Critics of the school plan")
	}
	writeFile(t, filepath.Join(dir, ".copyedit.toml"), "stages = [\"boilerplate\"]\n[boilerplate]\nprofile = \"house.profile\"\n", 0o644)
	r = copyedit(t, dir, "", "coastal/a3.txt", "valley/b3.txt")
	require.Equal(t, 0, r.code, r.stderr)
	check(r.stdout, 2)

	// -learn does both passes in one command.
	writeFile(t, filepath.Join(dir, ".copyedit.toml"), "stages = [\"boilerplate\"]\n", 0o644)
	r = copyedit(t, dir, "", "-learn", "coastal", "valley")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, 8, strings.Count(r.stdout, "Work on the"))
	check(r.stdout, 16)

	r = copyedit(t, dir, "some text", "-learn")
	assert.Equal(t, 2, r.code, "-learn cannot read standard input twice")

	writeFile(t, filepath.Join(dir, "bad.profile"), "not a profile", 0o644)
	writeFile(t, filepath.Join(dir, ".copyedit.toml"), "stages = [\"boilerplate\"]\n[boilerplate]\nprofile = \"bad.profile\"\n", 0o644)
	r = copyedit(t, dir, "x")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, ".copyedit.toml:3:")
}
