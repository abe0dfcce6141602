package gui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The browser keeps what the reader opened (a dossier file or a folder of
// articles) in its own storage, so that it opens again on the next visit
// with the network off. What is kept, how it is named and what opens at
// start are decided here, in plain Go, over a blobStore: the browser's
// storage in the web build (see browserstore_js.go), a map in the tests.

// The kinds of kept collections.
const (
	keptDossier = "dossier" // a .dossier file, kept as its bytes
	keptFolder  = "folder"  // a folder of article files, kept as a zip of them
)

// keptKeyPrefix starts what MainWindow.mem.Corpus holds for a kept
// collection: "kept:", its id, a slash and its name (which the window's
// title shows, as it shows a folder's last name).
const keptKeyPrefix = "kept:"

// keptListName is the name of the list of kept collections in the store.
const keptListName = "kept.json"

// keptEntry is one kept collection, as the list of them tells it.
type keptEntry struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"` // the file's or the folder's name
	Kind     string    `json:"kind"` // keptDossier or keptFolder
	Size     int64     `json:"size"` // bytes in the store
	Articles int       `json:"articles"`
	Added    time.Time `json:"added"`
}

// key is what the window remembers to reopen e at the next start.
func (e keptEntry) key() string { return keptKeyPrefix + e.ID + "/" + e.Name }

// blob is the name of e's data in the store.
func (e keptEntry) blob() string {
	if e.Kind == keptFolder {
		return e.ID + ".zip"
	}
	return e.ID + ".dossier"
}

// keptID reads the id out of a remembered key, and says whether the key is
// one of a kept collection.
func keptID(key string) (string, bool) {
	rest, ok := strings.CutPrefix(key, keptKeyPrefix)
	id, _, _ := strings.Cut(rest, "/")
	return id, ok && id != ""
}

// blobStore is the browser's storage as keeping needs it: named blobs,
// each written whole or not at all.
type blobStore interface {
	// Read returns the blob, or an error matching fs.ErrNotExist.
	Read(name string) ([]byte, error)
	// Write stores data under name, replacing any blob of that name only
	// once data is stored whole. A store that is full returns an error
	// matching errStoreFull.
	Write(name string, data []byte) error
	// Remove deletes the blob; a missing one is no error.
	Remove(name string) error
	// Estimate says how many bytes the origin uses and may use; ok is false
	// when the browser does not say.
	Estimate() (usage, quota int64, ok bool)
}

// errStoreFull is what a blobStore's Write returns when the browser refuses
// the data for want of room (a QuotaExceededError).
var errStoreFull = errors.New("the browser's storage is full")

// quotaError says that a collection could not be kept for want of room.
type quotaError struct {
	Name       string
	Need, Free int64 // bytes; Free is -1 when the browser does not say
}

func (e *quotaError) Error() string {
	free := "unknown"
	if e.Free >= 0 {
		free = strconv.FormatInt(e.Free, 10) + " bytes"
	}
	return fmt.Sprintf("not enough room in the browser to keep %s: %d bytes needed, %s free", e.Name, e.Need, free)
}

func (e *quotaError) Is(target error) bool { return target == errStoreFull }

// keeper keeps collections in a blobStore, with their list.
type keeper struct {
	store blobStore
	now   func() time.Time
}

// list reads the kept collections, the last added first. A store that holds
// no list holds no collection.
func (k keeper) list() ([]keptEntry, error) {
	data, err := k.store.Read(keptListName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var entries []keptEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("%s: %w", keptListName, err)
	}
	return entries, nil
}

func (k keeper) writeList(entries []keptEntry) error {
	data, err := json.Marshal(entries)
	if err != nil {
		return err
	}
	return k.store.Write(keptListName, data)
}

// newKeptEntry names a collection about to be kept: its id starts with the
// time, so that ids sort by when they were added, and ends in a random
// part, so that two collections kept in one millisecond (in two tabs) do
// not share one.
func newKeptEntry(name, kind string, now time.Time) keptEntry {
	id := strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.FormatUint(uint64(rand.Uint32()), 36)
	return keptEntry{ID: id, Name: name, Kind: kind, Added: now}
}

// keep stores data as the collection e and adds it to the list, first. It
// keeps nothing when the store has no room for it, and what was kept before
// stays as it was: the data is written whole before the list names it, and
// removed again when the list cannot be written.
func (k keeper) keep(e keptEntry, data []byte) error {
	entries, err := k.list()
	if err != nil {
		return err
	}
	e.Size = int64(len(data))
	entries = slices.DeleteFunc(entries, func(old keptEntry) bool { return old.ID == e.ID })
	entries = slices.Insert(entries, 0, e)
	listData, err := json.Marshal(entries)
	if err != nil {
		return err
	}
	// What the store asks for: the data, and the list written beside the
	// old one before it replaces it.
	need := e.Size + int64(len(listData))
	free := int64(-1)
	if usage, quota, ok := k.store.Estimate(); ok {
		free = max(quota-usage, 0)
		if free < need {
			return &quotaError{Name: e.Name, Need: need, Free: free}
		}
	}
	full := func(err error) error {
		if errors.Is(err, errStoreFull) {
			return &quotaError{Name: e.Name, Need: need, Free: free}
		}
		return err
	}
	if err := k.store.Write(e.blob(), data); err != nil {
		return full(err)
	}
	if err := k.store.Write(keptListName, listData); err != nil {
		k.store.Remove(e.blob())
		return full(err)
	}
	return nil
}

// remove forgets the collection id: first from the list, so that a blob
// left behind by a failed removal is never offered, then its data.
func (k keeper) remove(id string) error {
	entries, err := k.list()
	if err != nil {
		return err
	}
	i := slices.IndexFunc(entries, func(e keptEntry) bool { return e.ID == id })
	if i < 0 {
		return nil
	}
	gone := entries[i]
	if err := k.writeList(slices.Delete(entries, i, i+1)); err != nil {
		return err
	}
	return k.store.Remove(gone.blob())
}

// atStart finds the kept collection the remembered key names, and says
// whether there is one: none when the key is not a kept collection's, or
// that collection was removed (or its list lost).
func (k keeper) atStart(remembered string) (keptEntry, bool) {
	id, ok := keptID(remembered)
	if !ok {
		return keptEntry{}, false
	}
	entries, err := k.list()
	if err != nil {
		return keptEntry{}, false
	}
	i := slices.IndexFunc(entries, func(e keptEntry) bool { return e.ID == id })
	if i < 0 {
		return keptEntry{}, false
	}
	return entries[i], true
}

// byteSize writes a number of bytes for the reader: "950 kB", "12,3 MB",
// with the language's decimal separator (the opposite of its thousands
// separator, digits.group).
func byteSize(n int64, group string) string {
	units := []string{"B", "kB", "MB", "GB", "TB"}
	v, u := float64(n), 0
	for v >= 1000 && u < len(units)-1 {
		v /= 1000
		u++
	}
	s := strconv.FormatFloat(v, 'f', 0, 64)
	if u > 0 && v < 100 {
		s = strconv.FormatFloat(v, 'f', 1, 64)
	}
	if group == "." {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + " " + units[u]
}
