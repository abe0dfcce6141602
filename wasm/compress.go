package wasm

import (
	"bytes"
	"compress/gzip"
	"fmt"

	"github.com/andybalholm/brotli"
)

// brotliWindow is brotli's largest standard window (16 MiB): a module of tens
// of megabytes repeats itself over long distances.
const brotliWindow = 24

// compress encodes data for a Content-Encoding, "br" or "gzip", at the
// smallest size each reaches: the files are compressed once per build and
// downloaded by every reader.
func compress(encoding string, data []byte, brotliQuality int) ([]byte, error) {
	var out bytes.Buffer
	switch encoding {
	case "br":
		if brotliQuality <= 0 || brotliQuality > brotli.BestCompression {
			brotliQuality = brotli.BestCompression
		}
		w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: brotliQuality, LGWin: brotliWindow})
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return nil, err
		}
	case "gzip":
		w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("no compression for Content-Encoding %q", encoding)
	}
	return out.Bytes(), nil
}
