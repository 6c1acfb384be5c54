package normalize

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestTmpLineCost(t *testing.T) {
	s := string(benchInput(t, true))
	unitEnd := len(s) / (1<<20/1700 + 1)
	_ = unitEnd
	n, _ := New(Options{})
	lines := strings.SplitAfter(string(benchInput(t, true)[:1703]), "\n")
	total := 0.0
	for _, l := range lines {
		const reps = 2000
		st := time.Now()
		for i := 0; i < reps; i++ {
			n.String(l)
		}
		d := time.Since(st).Seconds() / reps
		total += d
		fmt.Printf("%7.2fus %5.1fMB/s %q\n", d*1e6, float64(len(l))/d/1e6, l[:min(len(l), 60)])
	}
	fmt.Printf("total %.1fus\n", total*1e6)
}
