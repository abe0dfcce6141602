package search

import (
	"encoding/binary"
	"errors"
	"fmt"
	"index/suffixarray"
	"sort"
	"strings"
)

// infixIndex finds the places where a string occurs inside the terms: a
// suffix array over the dictionary's blob. It is index/suffixarray's
// Index in a form that a file can hold and give back without copying: the
// text is the blob the dictionary already has, and the array is a plain
// []int32, which a loaded index views where the file holds it (Load),
// whereas a *suffixarray.Index can only be rebuilt or read back into new
// memory. Built and loaded indexes share lookup, so both find the same.
type infixIndex struct {
	text string  // the dictionary's blob
	sa   []int32 // the offsets of text's suffixes, in the suffixes' byte order
}

// newInfixIndex sorts the suffixes of text. The sorting is index/
// suffixarray's: its documented serialisation (Write) is decoded into the
// array, so that the order, and with it what lookup returns, is exactly
// the standard library's.
func newInfixIndex(text string) (infixIndex, error) {
	if len(text) > maxInfixText {
		return infixIndex{}, fmt.Errorf("a vocabulary of %d bytes, more than the %d a suffix array of int32 can hold", len(text), maxInfixText)
	}
	sorted := suffixarray.New([]byte(text))
	d := saDecoder{textLen: len(text), sa: make([]int32, 0, len(text))}
	if err := sorted.Write(&d); err != nil {
		return infixIndex{}, fmt.Errorf("index/suffixarray's serialisation is not what this decoder knows: %w", err)
	}
	if err := d.finish(); err != nil {
		return infixIndex{}, fmt.Errorf("index/suffixarray's serialisation is not what this decoder knows: %w", err)
	}
	return infixIndex{text: text, sa: d.sa}, nil
}

// maxInfixText is the largest text whose suffix array fits in int32s, as
// index/suffixarray keeps it in int32s up to there.
const maxInfixText = 1<<31 - 1

// lookup returns the offsets of text where s occurs, at most n of them (all
// when n < 0), as index/suffixarray's Index.Lookup does: the matching
// suffixes are a range of the array, found by binary search, and the first
// n of that range are returned in the array's order. Offsets are in [0,
// len(text)) for any array whose values are (Load checks that); for an
// array that is not sorted they are not all places of s.
func (x *infixIndex) lookup(s string, n int) []int {
	if len(s) == 0 || n == 0 {
		return nil
	}
	i := sort.Search(len(x.sa), func(i int) bool { return x.text[x.sa[i]:] >= s })
	j := i + sort.Search(len(x.sa)-i, func(j int) bool { return !strings.HasPrefix(x.text[x.sa[i+j]:], s) })
	if n < 0 || j-i < n {
		n = j - i
	}
	if n == 0 {
		return nil
	}
	out := make([]int, n)
	for k := range out {
		out[k] = int(x.sa[i+k])
	}
	return out
}

// saDecoder reads what suffixarray.Index.Write writes, as an io.Writer,
// keeping only the array:
//
//   - the text's length, a varint in binary.MaxVarintLen64 bytes;
//   - the text;
//   - chunks of the array, each the chunk's size in bytes (its header
//     included), a varint in binary.MaxVarintLen64 bytes, followed by
//     the offsets as uvarints.
//
// Write may hand it any pieces: it gathers each header and each chunk
// whole before decoding it. Anything unexpected (a length that is not the
// text's, an offset out of the text or seen twice, too few or too many
// offsets) is an error, so that a change of the format shows at the first
// Build, and in the tests, rather than as wrong answers.
type saDecoder struct {
	textLen int
	sa      []int32
	state   saState
	skip    int    // bytes of the text still to pass over
	pending []byte // the header, then the offsets, of the chunk being read
	size    int    // the size of the chunk being read, once its header is
}

type saState uint8

const (
	saLength saState = iota // reading the text's length
	saText                  // passing over the text
	saChunk                 // reading a chunk of the array
)

// saHeader is the size of a length's or a chunk's header.
const saHeader = binary.MaxVarintLen64

// maxChunk bounds a chunk's size: Write writes 16 KiB at most.
const maxChunk = 1 << 20

func (d *saDecoder) Write(p []byte) (int, error) {
	written := len(p)
	for len(p) > 0 {
		if d.state == saText {
			k := min(d.skip, len(p))
			d.skip -= k
			p = p[k:]
			if d.skip == 0 {
				d.state = saChunk
			}
			continue
		}
		need := saHeader
		if len(d.pending) >= saHeader {
			need = d.size
		}
		k := min(need-len(d.pending), len(p))
		d.pending = append(d.pending, p[:k]...)
		p = p[k:]
		if len(d.pending) == saHeader {
			if err := d.header(); err != nil {
				return 0, err
			}
		}
		if d.state == saChunk && len(d.pending) == d.size {
			if err := d.chunk(); err != nil {
				return 0, err
			}
		}
	}
	return written, nil
}

// header reads the pending header: the text's length, or a chunk's size.
func (d *saDecoder) header() error {
	v, n := binary.Varint(d.pending)
	if n <= 0 || v < 0 {
		return errors.New("a header that is no length")
	}
	if d.state == saLength {
		if v != int64(d.textLen) {
			return fmt.Errorf("a text of %d bytes announced for %d", v, d.textLen)
		}
		d.state, d.skip, d.pending = saText, d.textLen, d.pending[:0]
		if d.textLen == 0 {
			d.state = saChunk
		}
		return nil
	}
	if v < saHeader || v > maxChunk {
		return fmt.Errorf("a chunk of %d bytes", v)
	}
	d.size = int(v)
	return nil
}

// chunk decodes the offsets of the pending chunk.
func (d *saDecoder) chunk() error {
	for at := saHeader; at < len(d.pending); {
		v, n := binary.Uvarint(d.pending[at:])
		if n <= 0 {
			return errors.New("an offset that is no uvarint")
		}
		if v >= uint64(d.textLen) {
			return fmt.Errorf("offset %d of a text of %d bytes", v, d.textLen)
		}
		if len(d.sa) == d.textLen {
			return fmt.Errorf("more than %d offsets", d.textLen)
		}
		d.sa = append(d.sa, int32(v))
		at += n
	}
	d.pending, d.size = d.pending[:0], 0
	return nil
}

// finish checks that the whole array came, every offset once.
func (d *saDecoder) finish() error {
	if d.state != saChunk || len(d.pending) > 0 || len(d.sa) != d.textLen {
		return fmt.Errorf("%d offsets of a text of %d bytes", len(d.sa), d.textLen)
	}
	seen := make([]uint64, d.textLen/64+1)
	for _, off := range d.sa {
		if seen[off/64]&(1<<(off%64)) != 0 {
			return fmt.Errorf("offset %d twice", off)
		}
		seen[off/64] |= 1 << (off % 64)
	}
	return nil
}
