// Package dossier keeps a whole collection in one file: the articles, what
// was found in them (places, roles, dates) and the search index, laid out so
// that opening it reads nothing twice and rebuilds nothing. The index's
// arrays are used where they lie in the file (memory-mapped where the system
// can), and each article's text stays compressed in the file until it is
// read. Kiwix's ZIM files answer the same need for Wikipedia.
//
// A file is a header, a table of sections and the sections:
//
//	header   Magic, the format version, the number of sections, the
//	         table's offset, the file's length, the table's CRC-32C and
//	         the header's own (little-endian throughout)
//	table    per section: its name, offset, length and CRC-32C
//	sections each starting at a multiple of 8 bytes, so that arrays of
//	         numbers can be viewed in place
//
// Every section's checksum is checked at open, so a damaged file is refused
// whole rather than opened in part.
package dossier

import (
	"encoding/binary"
	"hash/crc32"
)

// Magic is the first 8 bytes of every dossier file (and what the
// shared-mime-info type matches).
const Magic = "DOSSIER\x00"

// Version is the format this Dossier writes and reads. A change of layout
// that an older Dossier would misread takes a new version.
const Version = 1

// Extension is a dossier file's name extension.
const Extension = ".dossier"

const (
	headerSize = 40
	entrySize  = 48
	nameSize   = 24 // the most bytes of a section's name
	alignment  = 8
	// maxSections bounds the table a header may announce.
	maxSections = 4096
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func checksum(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }

// header is the first headerSize bytes of a file.
type header struct {
	version     uint32
	sections    uint32
	tableOffset uint64
	length      uint64
	tableCRC    uint32
}

func (h header) encode() []byte {
	b := make([]byte, headerSize)
	copy(b, Magic)
	binary.LittleEndian.PutUint32(b[8:], h.version)
	binary.LittleEndian.PutUint32(b[12:], h.sections)
	binary.LittleEndian.PutUint64(b[16:], h.tableOffset)
	binary.LittleEndian.PutUint64(b[24:], h.length)
	binary.LittleEndian.PutUint32(b[32:], h.tableCRC)
	binary.LittleEndian.PutUint32(b[36:], checksum(b[:36]))
	return b
}

// entry is a section's line in the table.
type entry struct {
	name           string
	offset, length uint64
	crc            uint32
}

func (e entry) encode(b []byte) {
	copy(b[:nameSize], e.name)
	binary.LittleEndian.PutUint64(b[24:], e.offset)
	binary.LittleEndian.PutUint64(b[32:], e.length)
	binary.LittleEndian.PutUint32(b[40:], e.crc)
}

func decodeEntry(b []byte) entry {
	name := b[:nameSize]
	for len(name) > 0 && name[len(name)-1] == 0 {
		name = name[:len(name)-1]
	}
	return entry{name: string(name), offset: binary.LittleEndian.Uint64(b[24:]),
		length: binary.LittleEndian.Uint64(b[32:]), crc: binary.LittleEndian.Uint32(b[40:])}
}

func padding(n uint64) uint64 { return (alignment - n%alignment) % alignment }
