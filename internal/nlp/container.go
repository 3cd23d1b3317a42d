package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unsafe"
)

// A model file is a container of named sections, read in place:
//
//	"PRLY" u32 version, u32 sections, then per section: u16 name length,
//	name, u32 offset, u32 length; then the sections' bytes, each starting
//	at a multiple of 8, or of 64 (a cache line) for a section added with
//	AddAligned.
//
// Sections hold weight tables (see Table), label lists (one label a line)
// and string maps (see StrMap).

const containerVersion = 1

// Container is a parsed model file: its sections, as sub-slices of the
// original bytes.
type Container struct {
	sections map[string][]byte
}

// ContainerBuilder collects sections for a model file.
type ContainerBuilder struct {
	names []string
	data  map[string][]byte
	line  map[string]bool // sections that start on a 64-byte boundary
}

// NewContainer starts an empty model file.
func NewContainer() *ContainerBuilder {
	return &ContainerBuilder{data: map[string][]byte{}, line: map[string]bool{}}
}

// AddAligned puts a section into the file at an offset that is a multiple
// of 64, for tables whose lookups read one cache line each: their lines
// then match the machine's whenever the file's bytes start on a line.
func (b *ContainerBuilder) AddAligned(name string, data []byte) {
	b.Add(name, data)
	b.line[name] = true
}

// Add puts a section into the file.
func (b *ContainerBuilder) Add(name string, data []byte) {
	if _, ok := b.data[name]; !ok {
		b.names = append(b.names, name)
	}
	b.data[name] = data
}

// AddLabels puts a list of labels into the file, one a line.
func (b *ContainerBuilder) AddLabels(name string, labels []string) {
	b.Add(name, []byte(strings.Join(labels, "\n")))
}

// Bytes returns the file's bytes. Sections are in the order added.
func (b *ContainerBuilder) Bytes() []byte {
	head := 12
	for _, n := range b.names {
		head += 2 + len(n) + 8
	}
	off := align8(head)
	offs := make([]int, len(b.names))
	for i, n := range b.names {
		if b.line[n] {
			off = (off + 63) &^ 63
		}
		offs[i] = off
		off = align8(off + len(b.data[n]))
	}
	out := make([]byte, off)
	le := binary.LittleEndian
	copy(out, "PRLY")
	le.PutUint32(out[4:], containerVersion)
	le.PutUint32(out[8:], uint32(len(b.names)))
	p := 12
	for i, n := range b.names {
		le.PutUint16(out[p:], uint16(len(n)))
		p += 2
		p += copy(out[p:], n)
		le.PutUint32(out[p:], uint32(offs[i]))
		le.PutUint32(out[p+4:], uint32(len(b.data[n])))
		p += 8
		copy(out[offs[i]:], b.data[n])
	}
	return out
}

func align8(n int) int { return (n + 7) &^ 7 }

// ReadContainer parses a model file held in a string (an embedded file),
// without copying its sections.
func ReadContainer(s string) (*Container, error) {
	if len(s) == 0 {
		return nil, errors.New("model file is empty (not trained yet?)")
	}
	return ParseContainer(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// ParseContainer parses a model file's bytes in place. The bytes must not
// change afterwards.
func ParseContainer(b []byte) (*Container, error) {
	if len(b) < 12 || string(b[:4]) != "PRLY" {
		return nil, errors.New("model file: bad header")
	}
	le := binary.LittleEndian
	if v := le.Uint32(b[4:]); v != containerVersion {
		return nil, fmt.Errorf("model file: version %d, want %d", v, containerVersion)
	}
	n := int(le.Uint32(b[8:]))
	c := &Container{sections: make(map[string][]byte, n)}
	p := 12
	for i := 0; i < n; i++ {
		if p+2 > len(b) {
			return nil, errors.New("model file: truncated index")
		}
		l := int(le.Uint16(b[p:]))
		p += 2
		if p+l+8 > len(b) {
			return nil, errors.New("model file: truncated index")
		}
		name := string(b[p : p+l])
		p += l
		off, ln := int(le.Uint32(b[p:])), int(le.Uint32(b[p+4:]))
		p += 8
		if off < 0 || ln < 0 || off+ln > len(b) {
			return nil, fmt.Errorf("model file: section %q out of bounds", name)
		}
		c.sections[name] = b[off : off+ln : off+ln]
	}
	return c, nil
}

// Section returns a section's bytes.
func (c *Container) Section(name string) ([]byte, error) {
	b, ok := c.sections[name]
	if !ok {
		return nil, fmt.Errorf("model file: no section %q", name)
	}
	return b, nil
}

// Table returns a section read as a weight table.
func (c *Container) Table(name string) (*Table, error) {
	b, err := c.Section(name)
	if err != nil {
		return nil, err
	}
	t, err := LoadTable(b)
	if err != nil {
		return nil, fmt.Errorf("section %q: %w", name, err)
	}
	return t, nil
}

// Labels returns a section read as a label list.
func (c *Container) Labels(name string) ([]string, error) {
	b, err := c.Section(name)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, nil
	}
	return strings.Split(string(b), "\n"), nil
}

// StrMap returns a section read as a string map.
func (c *Container) StrMap(name string) (*StrMap, error) {
	b, err := c.Section(name)
	if err != nil {
		return nil, err
	}
	m, err := LoadStrMap(b)
	if err != nil {
		return nil, fmt.Errorf("section %q: %w", name, err)
	}
	return m, nil
}

// StrMap is a read-only map from strings to strings, read in place: an
// open-addressed index of 64-bit key hashes pointing to (key, value) pairs
// in a string pool. Keys are compared in full, so there are no false hits.
//
// Layout: "PSM1", slots u32, entries u32, pool length u32, then slots ×
// (hash u64, entry u32, pad u32), then entries × (key offset u32, key
// length u16, value length u16) with the value right after the key in the
// pool, then the pool.
type StrMap struct {
	mask    uint64
	index   []byte
	entries []byte
	pool    []byte
}

// BuildStrMap packs m into a StrMap's bytes, deterministically.
func BuildStrMap(m map[string]string) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	slots := 1
	for slots < 2*len(keys)+1 {
		slots <<= 1
	}
	var pool []byte
	ents := make([]byte, 8*len(keys))
	le := binary.LittleEndian
	for i, k := range keys {
		v := m[k]
		if len(k) > 65535 || len(v) > 65535 {
			panic("nlp: StrMap entry too long")
		}
		le.PutUint32(ents[8*i:], uint32(len(pool)))
		le.PutUint16(ents[8*i+4:], uint16(len(k)))
		le.PutUint16(ents[8*i+6:], uint16(len(v)))
		pool = append(pool, k...)
		pool = append(pool, v...)
	}
	index := make([]byte, 16*slots)
	mask := uint64(slots - 1)
	for i, k := range keys {
		h := strHash(k)
		s := h & mask
		for le.Uint32(index[16*s+8:]) != 0 {
			s = (s + 1) & mask
		}
		le.PutUint64(index[16*s:], h)
		le.PutUint32(index[16*s+8:], uint32(i+1))
	}
	out := make([]byte, 16, 16+len(index)+len(ents)+len(pool))
	copy(out, "PSM1")
	le.PutUint32(out[4:], uint32(slots))
	le.PutUint32(out[8:], uint32(len(keys)))
	le.PutUint32(out[12:], uint32(len(pool)))
	out = append(out, index...)
	out = append(out, ents...)
	out = append(out, pool...)
	return out
}

func strHash(s string) uint64 { return strMapSeed.Str(s).Sum() }

// strMapSeed is Feat(0x5354524d4150), the start of every StrMap key hash,
// computed once (TestStrMapSeed checks it).
const strMapSeed Hasher = 0x41f5ee3494b2c040

// LoadStrMap reads a StrMap from b in place.
func LoadStrMap(b []byte) (*StrMap, error) {
	if len(b) < 16 || string(b[:4]) != "PSM1" {
		return nil, errors.New("string map: bad header")
	}
	le := binary.LittleEndian
	slots, n, pl := int(le.Uint32(b[4:])), int(le.Uint32(b[8:])), int(le.Uint32(b[12:]))
	if slots <= 0 || slots&(slots-1) != 0 || len(b) != 16+16*slots+8*n+pl {
		return nil, errors.New("string map: bad sizes")
	}
	return &StrMap{
		mask:    uint64(slots - 1),
		index:   b[16 : 16+16*slots],
		entries: b[16+16*slots : 16+16*slots+8*n],
		pool:    b[16+16*slots+8*n:],
	}, nil
}

// Get returns the value stored for key.
func (m *StrMap) Get(key string) (string, bool) {
	if m == nil {
		return "", false
	}
	h := strHash(key)
	le := binary.LittleEndian
	s := h & m.mask
	for {
		e := le.Uint32(m.index[16*s+8:])
		if e == 0 {
			return "", false
		}
		if le.Uint64(m.index[16*s:]) == h {
			ent := m.entries[8*(e-1):]
			off, kl, vl := int(le.Uint32(ent)), int(le.Uint16(ent[4:])), int(le.Uint16(ent[6:]))
			if string(m.pool[off:off+kl]) == key {
				v := m.pool[off+kl : off+kl+vl]
				return unsafe.String(unsafe.SliceData(v), len(v)), true
			}
		}
		s = (s + 1) & m.mask
	}
}

// Len is the number of entries.
func (m *StrMap) Len() int {
	if m == nil {
		return 0
	}
	return len(m.entries) / 8
}
