package flat

import (
	"slices"
	"testing"
)

func TestViewReadsWhatBytesWrote(t *testing.T) {
	type pair struct {
		a uint32
		b uint16
	}
	in := []pair{{1, 2}, {3, 4}, {1 << 31, 65535}}
	b := slices.Clone(Bytes(in)) // a fresh buffer, as a file's would be
	out, err := View[pair](b)
	if err != nil || !slices.Equal(in, out) {
		t.Fatalf("View = %v, %v; want %v", out, err, in)
	}
	if _, err := View[uint32](b[:5]); err == nil {
		t.Error("View of 5 bytes as uint32 did not fail")
	}
	if _, err := View[uint32](b[1:5]); err == nil {
		t.Error("View of misaligned bytes did not fail")
	}
	if !LittleEndian() && Bytes([]uint16{1})[0] == 1 {
		t.Error("LittleEndian disagrees with the bytes of 1")
	}
}

func TestStrings(t *testing.T) {
	for _, list := range [][]string{nil, {""}, {"a", "", "Poetin", "Frankrijk"}} {
		s, err := DecodeStrings(slices.Clone(EncodeStrings(list)))
		if err != nil {
			t.Fatalf("%q: %v", list, err)
		}
		if got := s.All(); !slices.Equal(got, list) && !(len(got) == 0 && len(list) == 0) {
			t.Errorf("round trip of %q gave %q", list, got)
		}
	}
	good := EncodeStrings([]string{"ab", "cd"})
	for name, bad := range map[string][]byte{
		"short":     good[:6],
		"cut blob":  good[:len(good)-1],
		"big count": append([]byte{255, 255, 255, 127}, good[4:]...),
	} {
		if _, err := DecodeStrings(slices.Clone(bad)); err == nil {
			t.Errorf("%s: DecodeStrings did not fail", name)
		}
	}
}

func FuzzDecodeStrings(f *testing.F) {
	f.Add(EncodeStrings([]string{"ab", "cd"}))
	f.Fuzz(func(t *testing.T, b []byte) {
		b = append(make([]byte, 0, len(b)+8), b...) // aligned
		s, err := DecodeStrings(b)
		if err != nil {
			return
		}
		for i := range s.Len() {
			_ = s.At(i)
		}
	})
}

func TestAlignedCopiesOnlyWhatNeedsIt(t *testing.T) {
	b := Bytes(make([]uint64, 4))
	if got := Aligned(b); &got[0] != &b[0] {
		t.Error("Aligned copied aligned bytes")
	}
	odd := b[1:9]
	odd[0] = 7
	got := Aligned(odd)
	if &got[0] == &odd[0] || !slices.Equal(got, odd) {
		t.Error("Aligned did not copy misaligned bytes, or changed them")
	}
	if _, err := View[uint64](got); err != nil {
		t.Errorf("View of Aligned's copy: %v", err)
	}
}
