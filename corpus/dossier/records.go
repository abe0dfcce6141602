package dossier

import (
	"context"
	"fmt"
	"reflect"
	"sync"

	"github.com/klauspost/compress/zstd"

	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/roles"
	"dossier/internal/parallel"
)

// text is what a dossier keeps of an article's text: its paragraphs.
type text struct {
	Paragraphs []corpus.Paragraph
}

// analyses is what a dossier keeps of what was found in an article beyond
// its dates: its places and its roles. It is kept apart from the text,
// which snippets read far more often.
type analyses struct {
	Places geo.Places
	Roles  roles.Article
}

// records are values of type T, one an article, each compressed on its
// own (Zstandard, from a dictionary trained on the collection's own
// records, so that an article of a few kilobytes finds its repeats) in a
// section of a file and read when asked for: record i is
// data[at[i]:at[i+1]]. The most recently read are kept decoded.
type records[T any] struct {
	section string // the data's name, for errors
	at      []uint64
	data    []byte
	decoder *zstd.Decoder

	mu     sync.Mutex
	cached map[uint32]*T
	order  []uint32 // the cached records, oldest first from next, a ring
	next   int
}

// recordCache is how many records of a kind are kept decoded: a result
// page's snippets and the reader ask for the same few again and again. The
// oldest read goes first.
const recordCache = 1024

// check verifies that the offsets are in order and cover the data, so
// that reading a record never goes out of bounds.
func (r *records[T]) check(n int) error {
	if len(r.at) != n+1 {
		return fmt.Errorf("%d offsets for %d articles", len(r.at), n)
	}
	if r.at[0] != 0 || r.at[n] != uint64(len(r.data)) {
		return fmt.Errorf("the offsets do not cover the %d bytes", len(r.data))
	}
	for i := range n {
		if r.at[i] > r.at[i+1] {
			return fmt.Errorf("the offsets of article %d go backwards", i)
		}
	}
	return nil
}

// get returns record i, from the cache or read anew.
func (r *records[T]) get(i uint32) (*T, error) {
	r.mu.Lock()
	v, ok := r.cached[i]
	r.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := r.read(i)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.cached[i]; ok { // another goroutine read it meanwhile
		return v, nil
	}
	if r.cached == nil {
		r.cached = make(map[uint32]*T, recordCache)
	}
	if len(r.order) < recordCache {
		r.order = append(r.order, i)
	} else {
		delete(r.cached, r.order[r.next])
		r.order[r.next] = i
		r.next = (r.next + 1) % recordCache
	}
	r.cached[i] = v
	return v, nil
}

// newDecoder makes the decoder of records compressed from dict (none when
// dict is empty). It bounds what one record may grow to, so that a hostile
// file cannot ask for gigabytes.
func newDecoder(dict []byte) (*zstd.Decoder, error) {
	opts := []zstd.DOption{zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(maxRecord)}
	if len(dict) > 0 {
		opts = append(opts, zstd.WithDecoderDicts(dict))
	}
	return zstd.NewReader(nil, opts...)
}

// maxRecord bounds a decompressed record: an article file is at most
// corpus.MaxFileSize, and its places and roles are of the same order.
const maxRecord = 4 * corpus.MaxFileSize

// read decompresses and decodes record i.
func (r *records[T]) read(i uint32) (*T, error) {
	raw, err := r.decoder.DecodeAll(r.data[r.at[i]:r.at[i+1]], nil)
	if err != nil {
		return nil, fmt.Errorf("%s: record %d: %w", r.section, i, err)
	}
	v := new(T)
	d := recordDecoder{buf: raw}
	d.value(reflect.ValueOf(v).Elem())
	if d.err == nil && len(d.buf) > 0 {
		d.err = fmt.Errorf("%d bytes after it", len(d.buf))
	}
	if d.err != nil {
		return nil, fmt.Errorf("%s: record %d: %w", r.section, i, d.err)
	}
	return v, nil
}

// dictionarySamples bounds the records a dictionary is trained on: enough
// to find what articles share, few enough to train in a moment.
const dictionarySamples = 256

// compressRecords encodes the record of each of n articles, record(i)
// giving article i's, trains a dictionary on a sample of them (starting
// from history, text the collection shares), and compresses each with it,
// on every core. Record i is data[at[i]:at[i+1]]; dict is empty when there
// was nothing to train on.
func compressRecords[T any](ctx context.Context, n int, history []byte, record func(i int) T) (dict []byte, at []uint64, data []byte, err error) {
	raw := make([][]byte, n)
	if err := parallel.For(ctx, n, 64, nil, func(i int) {
		var e recordEncoder
		v := record(i)
		e.value(reflect.ValueOf(&v).Elem())
		raw[i] = e.buf
	}); err != nil {
		return nil, nil, nil, err
	}
	var samples [][]byte
	for i := 0; i < n; i += max(1, n/dictionarySamples) {
		samples = append(samples, raw[i])
	}
	opts := []zstd.EOption{zstd.WithEncoderCRC(false), zstd.WithZeroFrames(true)}
	if len(samples) > 0 {
		// Training fails on records too few or too alike to yield what it
		// looks for ("0 sequences found": a dozen near-identical short
		// articles); they are then compressed without a dictionary.
		if dict, err = zstd.BuildDict(zstd.BuildDictOptions{ID: 1, Contents: samples, History: history}); err != nil {
			dict = nil
		} else {
			opts = append(opts, zstd.WithEncoderDict(dict))
		}
	}
	encoder, err := zstd.NewWriter(nil, opts...)
	if err != nil {
		return nil, nil, nil, err
	}
	defer encoder.Close()
	if err := parallel.For(ctx, n, 64, nil, func(i int) {
		raw[i] = encoder.EncodeAll(raw[i], nil)
	}); err != nil {
		return nil, nil, nil, err
	}
	at = make([]uint64, n+1)
	size := 0
	for i, c := range raw {
		size += len(c)
		at[i+1] = uint64(size)
	}
	data = make([]byte, 0, size)
	for _, c := range raw {
		data = append(data, c...)
	}
	return dict, at, data, nil
}
