// Package flat lays slices of fixed-size values out as bytes and reads them
// back without copying, so that a file's sections can be used where they lie
// (in memory-mapped pages, or one buffer read at once). The bytes are the
// machine's own: little-endian on every platform Dossier builds for, which
// LittleEndian reports and file formats check.
package flat

import (
	"errors"
	"fmt"
	"unsafe"
)

// LittleEndian reports whether this machine stores numbers little-endian,
// the order of the bytes Bytes gives and View reads.
func LittleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

// Bytes views the memory of s as bytes, without copying. T must hold no
// pointers (numbers, or structs of numbers).
func Bytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
}

// View views b as a slice of T, without copying: the slice shares b's
// memory, so b must outlive it and must not change. T must hold no
// pointers. It fails when len(b) is not a whole number of T or b does not
// start at an address T may start at.
func View[T any](b []byte) ([]T, error) {
	var zero T
	size, align := int(unsafe.Sizeof(zero)), uintptr(unsafe.Alignof(zero))
	if size == 0 {
		return nil, errors.New("flat: a type of no size")
	}
	if len(b)%size != 0 {
		return nil, fmt.Errorf("%d bytes are not a whole number of %d-byte values", len(b), size)
	}
	if len(b) == 0 {
		return nil, nil
	}
	if uintptr(unsafe.Pointer(unsafe.SliceData(b)))%align != 0 {
		return nil, fmt.Errorf("the values are not aligned to %d bytes", align)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/size), nil
}

// Aligned returns b, or a copy of it when b does not start at an address
// any number may start at (a multiple of 8), so that View can read it.
func Aligned(b []byte) []byte {
	if len(b) == 0 || uintptr(unsafe.Pointer(unsafe.SliceData(b)))%8 == 0 {
		return b
	}
	words := make([]uint64, (len(b)+7)/8)
	out := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(b))
	copy(out, b)
	return out
}

// String views b as a string, without copying: b must outlive it and must
// not change.
func String(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Strings is a list of strings kept as one blob and the offsets between
// them, as EncodeStrings lays it out.
type Strings struct {
	blob   string
	starts []uint32 // string i is blob[starts[i]:starts[i+1]]
}

// Len is the number of strings.
func (s Strings) Len() int { return max(0, len(s.starts)-1) }

// At is string i, a view of the blob.
func (s Strings) At(i int) string { return s.blob[s.starts[i]:s.starts[i+1]] }

// All returns every string, each a view of the blob.
func (s Strings) All() []string {
	out := make([]string, s.Len())
	for i := range out {
		out[i] = s.At(i)
	}
	return out
}

// EncodeStrings lays list out as its count, the offsets (uint32, count+1
// of them) and the bytes, padded so that the offsets stay aligned when the
// result starts at an aligned address.
func EncodeStrings(list []string) []byte {
	size := 0
	for _, s := range list {
		size += len(s)
	}
	starts := make([]uint32, len(list)+2) // the count, then the offsets
	starts[0] = uint32(len(list))
	at := uint32(0)
	for i, s := range list {
		starts[i+1] = at
		at += uint32(len(s))
	}
	starts[len(list)+1] = at
	out := make([]byte, 0, len(starts)*4+size)
	out = append(out, Bytes(starts)...)
	for _, s := range list {
		out = append(out, s...)
	}
	return out
}

// DecodeStrings reads what EncodeStrings wrote, as views of b: b must
// outlive them. It checks every offset, so that At never reads outside b.
func DecodeStrings(b []byte) (Strings, error) {
	if len(b) < 8 {
		return Strings{}, errors.New("a list of strings too short for its count")
	}
	head, err := View[uint32](b[:4])
	if err != nil {
		return Strings{}, err
	}
	n := int(head[0])
	if n > (len(b)-8)/4 {
		return Strings{}, fmt.Errorf("a list of %d strings in %d bytes", n, len(b))
	}
	starts, err := View[uint32](b[4 : 4+4*(n+1)])
	if err != nil {
		return Strings{}, err
	}
	blob := b[4+4*(n+1):]
	if starts[0] != 0 || int(starts[n]) != len(blob) {
		return Strings{}, errors.New("a list of strings whose offsets do not cover its bytes")
	}
	for i := range n {
		if starts[i] > starts[i+1] {
			return Strings{}, fmt.Errorf("string %d ends before it starts", i)
		}
	}
	return Strings{blob: String(blob), starts: starts}, nil
}
