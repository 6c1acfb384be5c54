// Command startup measures what the built-in lexicon costs a process: run
// it to print the time English took and the heap it holds, and build it
// with and without -tags nodict to compare binary sizes (dict/README.md
// gives the commands).
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	start := time.Now()
	known, err := load()
	elapsed := time.Since(start)
	if err != nil {
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Printf("load %v, heap %.1f MB (in use after GC), known(the)=%v\n",
		elapsed, float64(after.HeapAlloc)/(1<<20), known)
	start = time.Now()
	if err := warm(); err != nil {
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
	elapsed = time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("mixed-case index, variants and attested tier %v, heap %.1f MB\n", elapsed, float64(after.HeapAlloc)/(1<<20))
}
