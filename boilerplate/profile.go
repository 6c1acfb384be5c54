package boilerplate

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"sort"
)

// A Profile is the learned boilerplate of a corpus: for each source, the
// 8-byte hashes of the segments it repeats. It is immutable once built and
// safe for concurrent use. Build one with a Learner, save it with WriteTo
// and load it with ReadProfile.
type Profile struct {
	minSegment int
	sources    []profileSource // sorted by name
	all        []uint64        // union of every source's hashes, sorted
}

type profileSource struct {
	name   string
	docs   int
	hashes []uint64 // sorted
}

// index builds the union of the sources' hashes.
func (p *Profile) index() {
	var all []uint64
	for _, s := range p.sources {
		all = append(all, s.hashes...)
	}
	slices.Sort(all)
	p.all = slices.Compact(all)
}

// Sources returns the names of the sources in p, sorted.
func (p *Profile) Sources() []string {
	out := make([]string, len(p.sources))
	for i, s := range p.sources {
		out[i] = s.name
	}
	return out
}

// Len returns the number of distinct boilerplate segments in p.
func (p *Profile) Len() int { return len(p.all) }

// set returns the sorted hashes to remove for source: its own, or every
// source's when p does not know it (or source is "").
func (p *Profile) set(source string) []uint64 {
	if source != "" {
		i := sort.Search(len(p.sources), func(i int) bool { return p.sources[i].name >= source })
		if i < len(p.sources) && p.sources[i].name == source {
			return p.sources[i].hashes
		}
	}
	return p.all
}

func contains(set []uint64, h uint64) bool {
	_, ok := slices.BinarySearch(set, h)
	return ok
}

// The profile file format, all integers little-endian or unsigned varints:
//
//	magic    "CEBP" (4 bytes)
//	version  uint16 (1)
//	minseg   uvarint: the minimum segment length used in learning
//	nsrc     uvarint
//	nsrc times:
//	  name   uvarint length, then the UTF-8 bytes
//	  docs   uvarint
//	  n      uvarint
//	  hashes n × uint64, strictly increasing
//	crc      uint32: CRC-32 (IEEE) of every byte before it
const (
	profileMagic   = "CEBP"
	profileVersion = 1
)

// ErrCorruptProfile is wrapped by the errors ReadProfile returns for input
// that is not a well-formed profile.
var ErrCorruptProfile = errors.New("boilerplate: corrupt profile")

// WriteTo writes p to w in the compact binary profile format.
func (p *Profile) WriteTo(w io.Writer) (int64, error) {
	var buf []byte
	buf = append(buf, profileMagic...)
	buf = binary.LittleEndian.AppendUint16(buf, profileVersion)
	buf = binary.AppendUvarint(buf, uint64(p.minSegment))
	buf = binary.AppendUvarint(buf, uint64(len(p.sources)))
	for _, s := range p.sources {
		buf = binary.AppendUvarint(buf, uint64(len(s.name)))
		buf = append(buf, s.name...)
		buf = binary.AppendUvarint(buf, uint64(s.docs))
		buf = binary.AppendUvarint(buf, uint64(len(s.hashes)))
		for _, h := range s.hashes {
			buf = binary.LittleEndian.AppendUint64(buf, h)
		}
	}
	buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))
	n, err := w.Write(buf)
	if err != nil {
		return int64(n), fmt.Errorf("boilerplate: writing profile: %w", err)
	}
	return int64(n), nil
}

// ReadProfile reads a profile written by WriteTo. Input that is not a
// profile, of another version, truncated or damaged is an error wrapping
// ErrCorruptProfile (or the reader's own error).
func ReadProfile(r io.Reader) (*Profile, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("boilerplate: reading profile: %w", err)
	}
	corrupt := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrCorruptProfile, fmt.Sprintf(format, args...))
	}
	if len(data) < len(profileMagic)+2+4 || string(data[:4]) != profileMagic {
		return nil, corrupt("not a boilerplate profile (bad magic)")
	}
	if v := binary.LittleEndian.Uint16(data[4:]); v != profileVersion {
		return nil, corrupt("unsupported version %d (want %d)", v, profileVersion)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, corrupt("checksum mismatch: the file is truncated or damaged")
	}
	d := decoder{b: body[6:]}
	p := &Profile{minSegment: int(d.uvarint(1 << 20))}
	nsrc := d.uvarint(uint64(len(body)))
	for i := uint64(0); i < nsrc && d.err == nil; i++ {
		var s profileSource
		s.name = string(d.bytes(d.uvarint(uint64(len(d.b)))))
		s.docs = int(d.uvarint(1 << 40))
		n := d.uvarint(uint64(len(d.b)) / 8)
		raw := d.bytes(n * 8)
		if d.err != nil {
			break
		}
		s.hashes = make([]uint64, n)
		for k := range s.hashes {
			s.hashes[k] = binary.LittleEndian.Uint64(raw[8*k:])
			if k > 0 && s.hashes[k] <= s.hashes[k-1] {
				return nil, corrupt("source %q: hashes out of order", s.name)
			}
		}
		if len(p.sources) > 0 && p.sources[len(p.sources)-1].name >= s.name {
			return nil, corrupt("sources out of order at %q", s.name)
		}
		p.sources = append(p.sources, s)
	}
	if d.err != nil {
		return nil, corrupt("%v", d.err)
	}
	if len(d.b) != 0 {
		return nil, corrupt("%d unexpected bytes after the last source", len(d.b))
	}
	if p.minSegment < 1 {
		return nil, corrupt("minimum segment length %d", p.minSegment)
	}
	p.index()
	return p, nil
}

// decoder reads varints and byte strings, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint(limit uint64) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated number")
		return 0
	}
	if v > limit {
		d.err = fmt.Errorf("value %d out of range", v)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = errors.New("truncated data")
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}
