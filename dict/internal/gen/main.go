// Command gen rebuilds copyedit's embedded English lexicon (dict/data/) from
// pinned public sources that `apt-get download` and `npm pack` fetched. It
// downloads nothing itself. See dict/README.md for the commands.
//
// Usage (from the repository root):
//
//	go run ./dict/internal/gen -scowl /tmp/x/scowl/usr/share/dict/scowl -npm /tmp/x -sphinx /tmp/x/sphinx -out dict/data
//
// The output is a pure function of the inputs: rerunning it reproduces the
// committed files byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var c config
	flag.StringVar(&c.scowlDir, "scowl", "", "directory of the SCOWL lists (`dpkg -x scowl_*.deb` then usr/share/dict/scowl)")
	flag.StringVar(&c.npmDir, "npm", "", "directory holding the extracted npm packages (<name>-<version>/package/...)")
	flag.StringVar(&c.sphinxDir, "sphinx", "", "directory pocketsphinx-en-us was extracted into (`dpkg -x pocketsphinx-en-us_*.deb DIR`), for cmudict")
	flag.StringVar(&c.outDir, "out", "dict/data", "output directory")
	flag.IntVar(&c.maxSize, "size", 70, "largest SCOWL size level to include")
	noVerify := flag.Bool("noverify", false, "skip the sha256 checks of the source files")
	flag.Parse()
	c.verify = !*noVerify
	if c.scowlDir == "" || c.npmDir == "" || c.sphinxDir == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	st, err := generate(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Fprint(os.Stderr, st)
}
