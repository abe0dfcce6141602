package dossier

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier/corpus/library"
	"dossier/corpus/search"
)

// seedFile is the seeds written as a dossier, and its sections.
func seedFile(t testing.TB) ([]byte, []section) {
	t.Helper()
	lib, err := library.OpenSeed()
	if err != nil {
		t.Fatal(err)
	}
	secs, err := librarySections(context.Background(), lib)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeSections(&buf, secs); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), secs
}

func openData(data []byte) error {
	_, err := OpenBytes(context.Background(), "x.dossier", data)
	return err
}

func TestOpenBytesTakesMisalignedBytes(t *testing.T) {
	good, _ := seedFile(t)
	odd := make([]byte, len(good)+1)[1:]
	copy(odd, good)
	if _, err := OpenBytes(context.Background(), "x.dossier", odd); err != nil {
		t.Fatalf("a good file at an odd address: %v", err)
	}
}

func wantProblem(t *testing.T, what string, err error, want Problem, words string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Errorf("%s: %v, want a dossier.Error", what, err)
		return
	}
	if e.Problem != want || !strings.Contains(e.Error(), words) || !strings.HasPrefix(e.Error(), "x.dossier: ") {
		t.Errorf("%s: %q (problem %d), want problem %d saying %q", what, e.Error(), e.Problem, want, words)
	}
}

func TestRefusesWhatIsNoDossier(t *testing.T) {
	good, _ := seedFile(t)
	if err := openData(good); err != nil {
		t.Fatalf("the good file: %v", err)
	}
	wantProblem(t, "text", openData([]byte("date 2019-03\n\nEen artikel.\n")), NotDossier, "not a dossier file")
	wantProblem(t, "empty", openData(nil), NotDossier, "not a dossier file")
	wantProblem(t, "a zip", openData([]byte("PK\x03\x04rest of a zip file")), NotDossier, "not a dossier file")
	wantProblem(t, "magic only", openData([]byte(Magic)), Truncated, "truncated")
	for _, cut := range []int{headerSize - 1, headerSize, headerSize + 5, len(good) / 3, len(good) - 1} {
		wantProblem(t, "truncated", openData(good[:cut]), Truncated, "truncated")
	}
	wantProblem(t, "extra bytes", openData(append(slices.Clone(good), 0, 0, 0)), Damaged, "after its end")
}

// withHeader rewrites the header's numbers and its checksum.
func withHeader(good []byte, change func(b []byte)) []byte {
	b := slices.Clone(good)
	change(b)
	binary.LittleEndian.PutUint32(b[36:], checksum(b[:36]))
	return b
}

func TestRefusesOtherVersions(t *testing.T) {
	good, _ := seedFile(t)
	newer := withHeader(good, func(b []byte) { binary.LittleEndian.PutUint32(b[8:], Version+1) })
	wantProblem(t, "newer", openData(newer), Newer, "made by a newer Dossier")
	older := withHeader(good, func(b []byte) { binary.LittleEndian.PutUint32(b[8:], Version-1) })
	wantProblem(t, "older", openData(older), Older, "made by an older Dossier")
	var e *Error
	if errors.As(openData(newer), &e) && e.Found != Version+1 {
		t.Errorf("Found = %d", e.Found)
	}
}

func TestRefusesAnotherLayout(t *testing.T) {
	_, secs := seedFile(t)
	secs = slices.Clone(secs)
	for i, s := range secs {
		if s.name == "layout" {
			secs[i].data = []byte(strings.Replace(string(s.data), "Paragraphs", "Paragraphz", 1))
		}
	}
	var buf bytes.Buffer
	if err := writeSections(&buf, secs); err != nil {
		t.Fatal(err)
	}
	wantProblem(t, "layout", openData(buf.Bytes()), Incompatible, "pack its articles again")
}

// TestEveryDamagedByteIsFound flips bytes all over the file: each flip must
// be refused as damage (or, in the header's first bytes, as no dossier),
// never opened in part and never a panic.
func TestEveryDamagedByteIsFound(t *testing.T) {
	good, _ := seedFile(t)
	step := max(1, len(good)/3000)
	for at := 0; at < len(good); at += step {
		bad := slices.Clone(good)
		bad[at] ^= 0x5a
		err := openData(bad)
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("a byte changed at %d: %v", at, err)
		}
		if at >= len(Magic) && e.Problem != Damaged && e.Problem != Truncated && e.Problem != Newer && e.Problem != Older {
			t.Errorf("a byte changed at %d: %v", at, err)
		}
	}
}

func TestOpenRefusesFoldersAndSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(context.Background(), dir, Options{})
	wantProblemPath(t, err, dir, NotDossier)
	_, err = Open(context.Background(), filepath.Join(dir, "missing.dossier"), Options{})
	wantProblemPath(t, err, filepath.Join(dir, "missing.dossier"), Unreadable)
	if Sniff(dir) || Sniff(filepath.Join(dir, "missing.dossier")) {
		t.Error("Sniff took a folder or nothing for a dossier")
	}
	path := filepath.Join(dir, "a.dossier")
	os.WriteFile(path, []byte("not one"), 0o644)
	_, err = Open(context.Background(), path, Options{})
	wantProblemPath(t, err, path, NotDossier)
}

func wantProblemPath(t *testing.T, err error, path string, want Problem) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Problem != want || e.Path != path || !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("%v, want problem %d for %s", err, want, path)
	}
}

// FuzzOpen replaces one section of a good file with the fuzzer's bytes,
// under a right checksum, so that what lies behind the checksums (offsets,
// counts, records, the index) is what is tried: it must be refused as
// damage, or open into a library that searches and reads without a panic.
func FuzzOpen(f *testing.F) {
	good, secs := seedFile(f)
	f.Add(uint8(0), []byte{})
	for i, s := range secs {
		if len(s.data) < 4096 {
			f.Add(uint8(i), s.data)
		}
	}
	f.Add(uint8(255), good[:200])
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		var file []byte
		if int(which) >= len(secs) {
			file = data // the whole file
		} else {
			changed := slices.Clone(secs)
			changed[which].data = data
			var buf bytes.Buffer
			if err := writeSections(&buf, changed); err != nil {
				return
			}
			file = buf.Bytes()
		}
		lib, err := OpenBytes(context.Background(), "x.dossier", file)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("an error that is no dossier.Error: %v", err)
			}
			return
		}
		for _, q := range []string{"", "spionage", "spion", "Frankrijk ", "\"Europese Unie\""} {
			res := lib.Search(search.Query{Text: q, Limit: 5})
			for _, h := range res.Hits {
				_ = h.Doc.Body()
				lib.Places(h.Doc.ID)
				lib.Roles(h.Doc.ID)
				lib.Events(h.Doc.ID)
			}
		}
		lib.QuickOpen("fr", "nl", 5)
	})
}
