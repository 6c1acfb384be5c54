package sphinxlm

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Magic is the header that opens a trie model file.
const Magic = "Trie Language Model"

// MaxOrder is the highest order sphinxbase writes (NGRAM_MAX_ORDER).
const MaxOrder = 5

// LogBase is the base of the logarithms stored in the file: sphinxbase's
// default logmath base, with which sphinx_lm_convert writes its models.
const LogBase = 1.0001

const (
	quant16  = 1       // the quantisation type this reader handles
	binCount = 1 << 16 // bins per table with 16-bit quantisation
	probBits = 16
	boBits   = 16
	maxWords = 1 << 25 // sphinxbase's limit on word ids and records per order
)

// log10Base converts stored log floats to log10.
var log10Base = math.Log10(LogBase)

// A FormatError reports a malformed or truncated file: where the reader
// was (a byte offset, or a record of an order) and what was wrong.
type FormatError struct {
	Offset int64  // byte offset into the file, -1 if the error is about a record
	What   string // the part being read, e.g. "unigram 17" or "bigram record 5"
	Err    error
}

func (e *FormatError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("sphinxlm: %s at byte %d: %v", e.What, e.Offset, e.Err)
	}
	return fmt.Sprintf("sphinxlm: %s: %v", e.What, e.Err)
}

func (e *FormatError) Unwrap() error { return e.Err }

// ErrNotTrie is wrapped by the error Parse returns for a file that does
// not start with [Magic].
var ErrNotTrie = errors.New("not a sphinxbase trie language model")

// errShort is wrapped for data that ends early.
var errShort = io.ErrUnexpectedEOF

// Read reads a whole model from r; see [Parse].
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("sphinxlm: %w", err)
	}
	return Parse(b)
}

// Parse decodes a model file. The model keeps the bit-packed records of
// b in place (b must not be changed afterwards) and checks every one of
// them, so that no later call can read out of bounds: any inconsistency
// is a *FormatError.
func Parse(b []byte) (*Model, error) {
	p := parser{b: b}
	return p.parse()
}

type parser struct {
	b   []byte
	off int64
}

func (p *parser) fail(what string, err error) error {
	return &FormatError{Offset: p.off, What: what, Err: err}
}

func (p *parser) take(n int64, what string) ([]byte, error) {
	if n < 0 || n > int64(len(p.b))-p.off {
		return nil, p.fail(what, fmt.Errorf("%w: need %d bytes, %d left", errShort, n, int64(len(p.b))-p.off))
	}
	s := p.b[p.off : p.off+n]
	p.off += n
	return s, nil
}

func (p *parser) uint32(what string) (uint32, error) {
	s, err := p.take(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(s), nil
}

// floats reads n float32 log floats as log10 values.
func (p *parser) floats(n int, what string) ([]float32, error) {
	s, err := p.take(int64(n)*4, what)
	if err != nil {
		return nil, err
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = toLog10(binary.LittleEndian.Uint32(s[4*i:]))
	}
	return out, nil
}

func toLog10(bits uint32) float32 {
	return float32(float64(math.Float32frombits(bits)) * log10Base)
}

func (p *parser) parse() (*Model, error) {
	hdr, err := p.take(int64(len(Magic)), "header")
	if err != nil || string(hdr) != Magic {
		p.off = 0
		return nil, p.fail("header", ErrNotTrie)
	}
	ord, err := p.take(1, "order")
	if err != nil {
		return nil, err
	}
	m := &Model{order: int(ord[0])}
	if m.order < 1 || m.order > MaxOrder {
		p.off--
		return nil, p.fail("order", fmt.Errorf("order %d out of range 1..%d", m.order, MaxOrder))
	}
	m.declared = make([]int, m.order)
	for i := range m.declared {
		what := fmt.Sprintf("count of %d-grams", i+1)
		n, err := p.uint32(what)
		if err != nil {
			return nil, err
		}
		if n == 0 || n >= maxWords {
			p.off -= 4
			return nil, p.fail(what, fmt.Errorf("count %d out of range 1..%d", n, maxWords-1))
		}
		m.declared[i] = int(n)
	}
	if m.order > 1 {
		if err := p.quant(m); err != nil {
			return nil, err
		}
	}
	if err := p.unigrams(m); err != nil {
		return nil, err
	}
	if err := p.levels(m); err != nil {
		return nil, err
	}
	if err := p.words(m); err != nil {
		return nil, err
	}
	if rest := int64(len(p.b)) - p.off; rest != 0 {
		return nil, p.fail("end of file", fmt.Errorf("%d bytes after the word strings", rest))
	}
	return m, nil
}

func (p *parser) quant(m *Model) error {
	t, err := p.uint32("quantisation type")
	if err != nil {
		return err
	}
	if t != quant16 {
		p.off -= 4
		return p.fail("quantisation type", fmt.Errorf("type %d not supported (want %d, 16-bit bins)", t, quant16))
	}
	m.probBins = make([][]float32, m.order-1)
	m.boBins = make([][]float32, m.order-2)
	for i := 0; i < m.order-2; i++ {
		if m.probBins[i], err = p.floats(binCount, fmt.Sprintf("%d-gram probability bins", i+2)); err != nil {
			return err
		}
		if m.boBins[i], err = p.floats(binCount, fmt.Sprintf("%d-gram back-off bins", i+2)); err != nil {
			return err
		}
	}
	m.probBins[m.order-2], err = p.floats(binCount, fmt.Sprintf("%d-gram probability bins", m.order))
	return err
}

func (p *parser) unigrams(m *Model) error {
	n := m.declared[0]
	s, err := p.take(int64(n+1)*12, "unigrams")
	if err != nil {
		return err
	}
	start := p.off - int64(len(s))
	m.uniProb = make([]float32, n)
	m.uniBackoff = make([]float32, n)
	m.uniNext = make([]uint32, n+1)
	limit := uint32(0)
	if m.order > 1 {
		limit = uint32(m.declared[1])
	}
	for i := 0; i <= n; i++ {
		r := s[12*i:]
		next := binary.LittleEndian.Uint32(r[8:])
		if i < n {
			m.uniProb[i] = toLog10(binary.LittleEndian.Uint32(r))
			m.uniBackoff[i] = toLog10(binary.LittleEndian.Uint32(r[4:]))
		}
		if (i > 0 && next < m.uniNext[i-1]) || next > limit {
			p.off = start + int64(12*i)
			return p.fail(fmt.Sprintf("unigram %d", i), fmt.Errorf("next pointer %d out of order or past %d", next, limit))
		}
		m.uniNext[i] = next
	}
	if m.order > 1 && m.uniNext[0] != 0 {
		p.off = start
		return p.fail("unigram 0", fmt.Errorf("next pointer %d, want 0", m.uniNext[0]))
	}
	return nil
}

// levels lays out and checks the bit-packed records of orders 2..order.
func (p *parser) levels(m *Model) error {
	if m.order == 1 {
		m.count = []int{m.declared[0]}
		return nil
	}
	vocab := uint32(m.declared[0])
	wordBits := max(bitsFor(vocab), 1) // sphinxbase takes bits for the count, not count-1
	m.levels = make([]level, m.order-1)
	for i := range m.levels {
		lv := &m.levels[i]
		lv.wordBits = wordBits
		if i < m.order-2 {
			lv.quantBits = probBits + boBits
			lv.nextBits = bitsFor(uint32(m.declared[i+2]))
		} else {
			lv.quantBits = probBits
		}
		lv.width = lv.wordBits + lv.quantBits + lv.nextBits
		size := (int64(m.declared[i+1]+1)*int64(lv.width)+7)/8 + 8
		lv.start = p.off
		data, err := p.take(size, fmt.Sprintf("%d-gram records", i+2))
		if err != nil {
			return err
		}
		lv.data = data
	}
	// True counts: each level's size is the end pointer one level up.
	m.count = make([]int, m.order)
	m.count[0] = m.declared[0]
	m.count[1] = int(m.uniNext[m.declared[0]])
	for i := range m.levels {
		lv := &m.levels[i]
		lv.n = m.count[i+1]
		if err := m.checkLevel(i); err != nil {
			return err
		}
		if i+1 < len(m.levels) {
			m.count[i+2] = int(lv.next(uint32(lv.n)))
		}
	}
	return nil
}

// checkLevel checks the records of order i+2: word ids in range and child
// pointers in order. It also notes the sibling ranges (the children of one
// parent) whose word ids do not strictly increase, so that lookups scan
// them instead of searching: en-us.lm.bin has two such among its trigrams.
func (m *Model) checkLevel(i int) error {
	lv := &m.levels[i]
	vocab := uint32(m.declared[0])
	fail := func(r uint32, format string, args ...any) error {
		return &FormatError{Offset: -1, What: fmt.Sprintf("%d-gram record %d", i+2, r), Err: fmt.Errorf(format, args...)}
	}
	var limit, prevNext uint32
	if lv.nextBits > 0 {
		limit = uint32(m.declared[i+2])
	}
	for r := uint32(0); r <= uint32(lv.n); r++ {
		if lv.nextBits > 0 {
			nx := lv.next(r)
			if nx < prevNext || nx > limit || (r == 0 && nx != 0) {
				return fail(r, "child pointer %d out of order or past %d", nx, limit)
			}
			prevNext = nx
		}
		if r < uint32(lv.n) {
			if w := lv.word(r); w >= vocab {
				return fail(r, "word id %d past the vocabulary (%d)", w, vocab)
			}
		}
	}
	parents := m.declared[0]
	bounds := func(p int) (uint32, uint32) { return m.uniNext[p], m.uniNext[p+1] }
	if i > 0 {
		up := &m.levels[i-1]
		parents = up.n
		bounds = func(p int) (uint32, uint32) { return up.next(uint32(p)), up.next(uint32(p + 1)) }
	}
	for p := 0; p < parents; p++ {
		b, e := bounds(p)
		for c := b + 1; c < e; c++ {
			if lv.word(c) <= lv.word(c-1) {
				if lv.unsorted == nil {
					lv.unsorted = make(map[uint32]bool)
				}
				lv.unsorted[b] = true
				break
			}
		}
	}
	return nil
}

func (p *parser) words(m *Model) error {
	k, err := p.uint32("word strings length")
	if err != nil {
		return err
	}
	s, err := p.take(int64(int32(k)), "word strings")
	if err != nil {
		return err
	}
	start := p.off - int64(len(s))
	n := m.declared[0]
	m.words = make([]string, 0, n)
	m.ids = make(map[string]int32, n)
	for len(s) > 0 {
		i := bytes.IndexByte(s, 0)
		if i < 0 {
			p.off = start
			return p.fail("word strings", errors.New("last word not NUL-terminated"))
		}
		if len(m.words) == n {
			p.off = start
			return p.fail("word strings", fmt.Errorf("more than %d words", n))
		}
		w := string(s[:i])
		if _, dup := m.ids[w]; !dup {
			m.ids[w] = int32(len(m.words))
		}
		m.words = append(m.words, w)
		s = s[i+1:]
	}
	if len(m.words) != n {
		p.off = start
		return p.fail("word strings", fmt.Errorf("%d words, want %d", len(m.words), n))
	}
	return nil
}
