package gui

import (
	"bytes"
	"slices"
	"testing"
)

// FuzzKeptList reads any kept.json, as a browser's storage might hold one
// left by another version or edited by hand: reading it never panics, and
// over a list that reads, keeping and removing still work.
func FuzzKeptList(f *testing.F) {
	f.Add([]byte(`[{"id":"a1","name":"spionage.dossier","kind":"dossier","size":4,"articles":2,"added":"2026-12-07T10:00:00Z"},` +
		`{"id":"b2","name":"map","kind":"folder","size":9,"articles":1,"added":"2026-12-01T10:00:00Z"}]`))
	f.Add([]byte(`[{"id":"a1"},{"id":"a1","kind":"folder"}]`))
	f.Add([]byte(`[{"id":"","name":"../x","kind":"?","size":-5}]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, list []byte) {
		store := newFakeStore(0)
		if err := store.Write(keptListName, list); err != nil {
			t.Fatal(err)
		}
		k := testKeeper(store)
		entries, err := k.list()
		if err != nil {
			if _, err := readKeptShelf(k, ""); err == nil {
				t.Fatal("the shelf reads a list that does not")
			}
			return
		}
		for _, e := range entries {
			if found, ok := k.atStart(e.key()); ok && found.ID != e.ID {
				t.Fatalf("atStart(%q) found %q", e.key(), found.ID)
			}
		}

		e := newKeptEntry("nieuw.dossier", keptDossier, k.now())
		data := []byte("DOSSIER")
		if err := k.keep(e, data); err != nil {
			t.Fatalf("keeping over a list that reads: %v", err)
		}
		after, err := k.list()
		if err != nil {
			t.Fatalf("the list kept does not read: %v", err)
		}
		if len(after) == 0 || after[0].ID != e.ID || after[0].Size != int64(len(data)) {
			t.Fatalf("the collection kept is not first on the list: %+v", after)
		}
		if got, err := store.Read(e.blob()); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("the data kept reads back as %q, %v", got, err)
		}
		if want := len(slices.DeleteFunc(slices.Clone(entries), func(old keptEntry) bool { return old.ID == e.ID })) + 1; len(after) != want {
			t.Fatalf("%d collections listed after keeping one more of %d, want %d", len(after), len(entries), want)
		}
		if err := k.remove(e.ID); err != nil {
			t.Fatalf("removing: %v", err)
		}
		again, err := k.list()
		if err != nil || slices.ContainsFunc(again, func(x keptEntry) bool { return x.ID == e.ID }) {
			t.Fatalf("after removing, the list holds it still (%v)", err)
		}
	})
}
