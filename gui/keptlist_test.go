package gui

import (
	"errors"
	"io/fs"
	"maps"
	"path/filepath"
	"testing"
	"time"
)

// fakeStore is a blobStore in memory with a quota; failWrites makes the
// writes of those names fail as a full store does (the browser may refuse
// a write its estimate allowed).
type fakeStore struct {
	blobs      map[string][]byte
	quota      int64 // 0: the store tells no estimate
	failWrites map[string]bool
}

func newFakeStore(quota int64) *fakeStore {
	return &fakeStore{blobs: map[string][]byte{}, quota: quota, failWrites: map[string]bool{}}
}

func (s *fakeStore) usage() int64 {
	var n int64
	for _, b := range s.blobs {
		n += int64(len(b))
	}
	return n
}

func (s *fakeStore) Read(name string) ([]byte, error) {
	b, ok := s.blobs[name]
	if !ok {
		return nil, fs.ErrNotExist
	}
	return b, nil
}

func (s *fakeStore) Write(name string, data []byte) error {
	if s.failWrites[name] || (s.quota > 0 && s.usage()-int64(len(s.blobs[name]))+int64(len(data)) > s.quota) {
		return errStoreFull
	}
	s.blobs[name] = append([]byte(nil), data...)
	return nil
}

func (s *fakeStore) Remove(name string) error { delete(s.blobs, name); return nil }

func (s *fakeStore) Estimate() (int64, int64, bool) { return s.usage(), s.quota, s.quota > 0 }

func testKeeper(store blobStore) keeper {
	t := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	return keeper{store: store, now: func() time.Time { return t }}
}

func TestKeeperKeepsListsAndRemoves(t *testing.T) {
	store := newFakeStore(0)
	k := testKeeper(store)
	a := newKeptEntry("a.dossier", keptDossier, k.now())
	a.Articles = 4
	if err := k.keep(a, []byte("AAAA")); err != nil {
		t.Fatal(err)
	}
	b := newKeptEntry("artikelen", keptFolder, k.now())
	if b.ID == a.ID {
		t.Fatalf("two collections added in one millisecond have one id %q", a.ID)
	}
	if err := k.keep(b, []byte("BBBBBB")); err != nil {
		t.Fatal(err)
	}
	list, err := k.list()
	if err != nil || len(list) != 2 || list[0].ID != b.ID || list[1].ID != a.ID {
		t.Fatalf("list = %+v, %v; want the folder, then the dossier", list, err)
	}
	if list[0].Size != 6 || list[1].Articles != 4 || list[0].blob() != b.ID+".zip" || list[1].blob() != a.ID+".dossier" {
		t.Errorf("list = %+v", list)
	}
	if got, ok := k.atStart(a.key()); !ok || got.ID != a.ID {
		t.Errorf("atStart(%q) = %+v, %v", a.key(), got, ok)
	}
	if got, ok := k.atStart("kept:" + a.ID); !ok || got.ID != a.ID {
		t.Errorf("atStart by the id alone = %+v, %v", got, ok)
	}
	if base := filepath.Base(a.key()); base != "a.dossier" {
		t.Errorf("the window's title would name %q, not the file", base)
	}
	for _, key := range []string{"", "/home/x/artikelen", "kept:", "kept:/a.dossier", "kept:nothing/a.dossier"} {
		if got, ok := k.atStart(key); ok {
			t.Errorf("atStart(%q) = %+v, want none", key, got)
		}
	}
	if err := k.remove(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := k.atStart(a.key()); ok {
		t.Error("a removed collection still opens at start")
	}
	if _, ok := store.blobs[a.blob()]; ok {
		t.Error("a removed collection's data is still stored")
	}
	if list, _ := k.list(); len(list) != 1 || list[0].ID != b.ID {
		t.Errorf("after removing one, the list is %+v", list)
	}
}

func TestKeeperOutOfRoomLosesNothing(t *testing.T) {
	for _, tc := range []struct {
		name  string
		quota int64
		fail  string // a write the store refuses despite its estimate
	}{
		{"the estimate says it will not fit", 400, ""},
		{"the data's write fails", 0, "data"},
		{"the list's write fails", 0, keptListName},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := newFakeStore(tc.quota)
			k := testKeeper(store)
			first := newKeptEntry("klein.dossier", keptDossier, k.now())
			if err := k.keep(first, []byte("small")); err != nil {
				t.Fatal(err)
			}
			before := maps.Clone(store.blobs)
			big := newKeptEntry("groot.dossier", keptDossier, k.now())
			switch tc.fail {
			case "data":
				store.failWrites[big.blob()] = true
			case keptListName:
				store.failWrites[keptListName] = true
			}
			err := k.keep(big, make([]byte, 1000))
			var q *quotaError
			if !errors.As(err, &q) || !errors.Is(err, errStoreFull) {
				t.Fatalf("keep = %v, want a quotaError", err)
			}
			if q.Name != "groot.dossier" || q.Need < 1000 {
				t.Errorf("quotaError = %+v", q)
			}
			if tc.quota > 0 && q.Free != tc.quota-int64(len(before["kept.json"])+5) {
				t.Errorf("free = %d, want what the estimate left", q.Free)
			}
			if !maps.EqualFunc(store.blobs, before, func(a, b []byte) bool { return string(a) == string(b) }) {
				t.Errorf("the store changed: %v, was %v", store.blobs, before)
			}
			if got, ok := k.atStart(first.key()); !ok || got.ID != first.ID {
				t.Error("what was kept before does not open at start")
			}
		})
	}
}

func TestKeeperReadsAMissingOrDamagedList(t *testing.T) {
	store := newFakeStore(0)
	k := testKeeper(store)
	if list, err := k.list(); err != nil || len(list) != 0 {
		t.Errorf("an empty store lists %+v, %v", list, err)
	}
	store.blobs[keptListName] = []byte("{not json")
	if _, err := k.list(); err == nil {
		t.Error("a damaged list reads without an error")
	}
	if _, ok := k.atStart("kept:x"); ok {
		t.Error("with a damaged list, something opens at start")
	}
}

func TestByteSize(t *testing.T) {
	for _, tc := range []struct {
		n     int64
		group string
		want  string
	}{
		{0, ".", "0 B"},
		{999, ",", "999 B"},
		{1500, ".", "1,5 kB"},
		{1500, ",", "1.5 kB"},
		{12_345_678, ".", "12,3 MB"},
		{250_000_000, ",", "250 MB"},
		{3_000_000_000, ",", "3.0 GB"},
	} {
		if got := byteSize(tc.n, tc.group); got != tc.want {
			t.Errorf("byteSize(%d, %q) = %q, want %q", tc.n, tc.group, got, tc.want)
		}
	}
}
