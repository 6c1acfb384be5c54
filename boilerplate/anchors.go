package boilerplate

// anchorSet finds which of a fixed set of lower-case keywords occur in a
// line, ignoring ASCII case, in one pass over its bytes (an Aho-Corasick
// automaton over byte classes). It is the prefilter that keeps the rules
// fast: a line without any anchor never reaches a regular expression.
type anchorSet struct {
	class  [256]uint8
	nclass int
	delta  []int32  // delta[state*nclass+class] = next state
	hasOut []bool   // hasOut[state]: some keyword ends here
	out    [][]int  // out[state] = keyword ids ending here (fail links merged)
	words  []string // keywords by id
}

func newAnchorSet(words []string) *anchorSet {
	a := &anchorSet{words: words}
	// Byte classes: every byte used by a keyword gets its own class, with
	// ASCII upper case folded onto lower case; all other bytes share class 0.
	a.nclass = 1
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			b := w[i]
			if a.class[b] == 0 {
				a.class[b] = uint8(a.nclass)
				if 'a' <= b && b <= 'z' {
					a.class[b-'a'+'A'] = uint8(a.nclass)
				}
				a.nclass++
			}
		}
	}
	// Trie.
	type node struct {
		next map[uint8]int32
		out  []int
	}
	nodes := []node{{next: map[uint8]int32{}}}
	for id, w := range words {
		s := int32(0)
		for i := 0; i < len(w); i++ {
			c := a.class[w[i]]
			n, ok := nodes[s].next[c]
			if !ok {
				n = int32(len(nodes))
				nodes = append(nodes, node{next: map[uint8]int32{}})
				nodes[s].next[c] = n
			}
			s = n
		}
		nodes[s].out = append(nodes[s].out, id)
	}
	// Breadth-first fail links, filling the dense transition table.
	a.delta = make([]int32, len(nodes)*a.nclass)
	a.out = make([][]int, len(nodes))
	fail := make([]int32, len(nodes))
	queue := []int32{}
	for c := 0; c < a.nclass; c++ {
		if n, ok := nodes[0].next[uint8(c)]; ok {
			a.delta[c] = n
			queue = append(queue, n)
		}
	}
	a.out[0] = nodes[0].out
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		a.out[s] = append(append([]int(nil), nodes[s].out...), a.out[fail[s]]...)
		for c := 0; c < a.nclass; c++ {
			if n, ok := nodes[s].next[uint8(c)]; ok {
				fail[n] = a.delta[int(fail[s])*a.nclass+c]
				a.delta[int(s)*a.nclass+c] = n
				queue = append(queue, n)
			} else {
				a.delta[int(s)*a.nclass+c] = a.delta[int(fail[s])*a.nclass+c]
			}
		}
	}
	a.hasOut = make([]bool, len(nodes))
	for st, o := range a.out {
		a.hasOut[st] = len(o) > 0
	}
	return a
}

// scan calls hit(id, end) for every keyword occurrence in s, where end is
// the byte offset just past the occurrence.
func (a *anchorSet) scan(s string, hit func(id, end int)) {
	var st int32
	n := a.nclass
	delta, class, hasOut := a.delta, &a.class, a.hasOut
	for i := 0; i < len(s); i++ {
		st = delta[int(st)*n+int(class[s[i]])]
		if hasOut[st] {
			for _, id := range a.out[st] {
				hit(id, i+1)
			}
		}
	}
}
