//go:build js

package gui

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall/js"
	"time"
)

// The browser's storage for kept collections (see keeper): the Origin
// Private File System, or IndexedDB where the browser has no OPFS or cannot
// write to it (createWritable). Every call waits for the browser's promises
// and must therefore run off the UI goroutine and outside any js.Func: the
// page's event loop runs while it waits.

// keptFolderName is the OPFS folder that holds the kept collections.
const keptFolderName = "dossier-kept"

// chunkSize is how much is copied between Go and the page at a time, so
// that a large file never holds the page's event loop for long.
const chunkSize = 4 << 20

// jsError is a rejected promise or thrown exception, with its DOMException
// name ("QuotaExceededError", "NotFoundError").
type jsError struct{ name, message string }

func (e *jsError) Error() string { return e.name + ": " + e.message }

func (e *jsError) Is(target error) bool {
	switch target {
	case errStoreFull:
		return e.name == "QuotaExceededError"
	case fs.ErrNotExist:
		return e.name == "NotFoundError"
	}
	return false
}

func asJSError(v js.Value) error {
	if v.Type() != js.TypeObject {
		return &jsError{name: "Error", message: v.String()}
	}
	return &jsError{name: v.Get("name").String(), message: v.Get("message").String()}
}

// await waits for a promise; call it off the UI goroutine only.
func await(promise js.Value) (js.Value, error) {
	type outcome struct {
		v   js.Value
		err error
	}
	done := make(chan outcome, 1)
	resolve := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- outcome{v: arg0(args)}
		return nil
	})
	reject := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- outcome{err: asJSError(arg0(args))}
		return nil
	})
	defer resolve.Release()
	defer reject.Release()
	promise.Call("then", resolve, reject)
	o := <-done
	return o.v, o.err
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// call calls a method that may throw, and turns what it throws into an
// error.
func call(v js.Value, method string, args ...any) (result js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(js.Error); ok {
				err = asJSError(e.Value)
				return
			}
			err = fmt.Errorf("%s: %v", method, r)
		}
	}()
	return v.Call(method, args...), nil
}

// awaitCall calls a method that returns a promise, and waits for it.
func awaitCall(v js.Value, method string, args ...any) (js.Value, error) {
	p, err := call(v, method, args...)
	if err != nil {
		return js.Value{}, err
	}
	return await(p)
}

// readBlob reads a File or Blob into Go, a chunk at a time; progress, when
// set, hears of the bytes read so far.
func readBlob(blob js.Value, progress func(done, total int64)) ([]byte, error) {
	size := int64(blob.Get("size").Float())
	data := make([]byte, size)
	for at := int64(0); at < size; at += chunkSize {
		end := min(at+chunkSize, size)
		buf, err := awaitCall(blob.Call("slice", at, end), "arrayBuffer")
		if err != nil {
			return nil, err
		}
		js.CopyBytesToGo(data[at:end], js.Global().Get("Uint8Array").New(buf))
		if progress != nil {
			progress(end, size)
		}
	}
	return data, nil
}

// openBrowserStore opens the best storage the browser has, or says why
// there is none.
func openBrowserStore() (blobStore, error) {
	storage := js.Global().Get("navigator").Get("storage")
	if storage.Truthy() && storage.Get("getDirectory").Truthy() && js.Global().Get("FileSystemFileHandle").Truthy() &&
		js.Global().Get("FileSystemFileHandle").Get("prototype").Get("createWritable").Truthy() {
		if s, err := openOPFS(storage); err == nil {
			return s, nil
		}
	}
	return openIndexedDB()
}

// estimate asks navigator.storage how much the origin uses and may use.
func estimate() (usage, quota int64, ok bool) {
	storage := js.Global().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("estimate").Truthy() {
		return 0, 0, false
	}
	e, err := awaitCall(storage, "estimate")
	if err != nil || !e.Get("quota").Truthy() {
		return 0, 0, false
	}
	return int64(e.Get("usage").Float()), int64(e.Get("quota").Float()), true
}

// askPersistence asks the browser, once something is kept, not to clear
// the storage when it runs short of room.
func askPersistence() {
	storage := js.Global().Get("navigator").Get("storage")
	if storage.Truthy() && storage.Get("persist").Truthy() {
		awaitCall(storage, "persist")
	}
}

// opfsStore keeps blobs as files of one OPFS folder.
type opfsStore struct{ dir js.Value }

func openOPFS(storage js.Value) (*opfsStore, error) {
	root, err := awaitCall(storage, "getDirectory")
	if err != nil {
		return nil, err
	}
	dir, err := awaitCall(root, "getDirectoryHandle", keptFolderName, map[string]any{"create": true})
	if err != nil {
		return nil, err
	}
	return &opfsStore{dir: dir}, nil
}

func (s *opfsStore) Read(name string) ([]byte, error) {
	handle, err := awaitCall(s.dir, "getFileHandle", name)
	if err != nil {
		return nil, err
	}
	file, err := awaitCall(handle, "getFile")
	if err != nil {
		return nil, err
	}
	return readBlob(file, nil)
}

// Write writes to a temporary file and moves it over name once whole
// (where the browser cannot move a file, the writable stream itself
// replaces the file only when closed).
func (s *opfsStore) Write(name string, data []byte) error {
	temp := name
	canMove := js.Global().Get("FileSystemHandle").Truthy() && js.Global().Get("FileSystemHandle").Get("prototype").Get("move").Truthy()
	if canMove {
		temp = name + ".part"
	}
	handle, err := awaitCall(s.dir, "getFileHandle", temp, map[string]any{"create": true})
	if err != nil {
		return err
	}
	w, err := awaitCall(handle, "createWritable")
	if err != nil {
		return err
	}
	for at := 0; at < len(data); at += chunkSize {
		chunk := data[at:min(at+chunkSize, len(data))]
		array := js.Global().Get("Uint8Array").New(len(chunk))
		js.CopyBytesToJS(array, chunk)
		if _, err := awaitCall(w, "write", array); err != nil {
			awaitCall(w, "abort")
			s.Remove(temp)
			return err
		}
	}
	if _, err := awaitCall(w, "close"); err != nil {
		s.Remove(temp)
		return err
	}
	if canMove {
		if _, err := awaitCall(handle, "move", name); err != nil {
			s.Remove(temp)
			return err
		}
	}
	return nil
}

func (s *opfsStore) Remove(name string) error {
	_, err := awaitCall(s.dir, "removeEntry", name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

func (s *opfsStore) Estimate() (int64, int64, bool) { return estimate() }

// idbStore keeps blobs as values of one IndexedDB object store, whose
// transactions are written whole or not at all.
type idbStore struct{ db js.Value }

const idbObjects = "blobs"

func openIndexedDB() (*idbStore, error) {
	idb := js.Global().Get("indexedDB")
	if !idb.Truthy() {
		return nil, errors.New("this browser has no storage for files (no OPFS, no IndexedDB)")
	}
	req, err := call(idb, "open", keptFolderName, 1)
	if err != nil {
		return nil, err
	}
	upgrade := js.FuncOf(func(js.Value, []js.Value) any {
		req.Get("result").Call("createObjectStore", idbObjects)
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)
	db, err := awaitRequest(req)
	if err != nil {
		return nil, err
	}
	return &idbStore{db: db}, nil
}

// awaitRequest waits for an IndexedDB request's success or error.
func awaitRequest(req js.Value) (js.Value, error) {
	done := make(chan error, 1)
	ok := js.FuncOf(func(js.Value, []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(js.Value, []js.Value) any { done <- asJSError(req.Get("error")); return nil })
	defer ok.Release()
	defer fail.Release()
	req.Set("onsuccess", ok)
	req.Set("onerror", fail)
	if err := <-done; err != nil {
		return js.Value{}, err
	}
	return req.Get("result"), nil
}

// objects starts a transaction and returns its object store.
func (s *idbStore) objects(mode string) (js.Value, js.Value, error) {
	tx, err := call(s.db, "transaction", idbObjects, mode)
	if err != nil {
		return js.Value{}, js.Value{}, err
	}
	return tx, tx.Call("objectStore", idbObjects), nil
}

func (s *idbStore) Read(name string) ([]byte, error) {
	_, objects, err := s.objects("readonly")
	if err != nil {
		return nil, err
	}
	req, err := call(objects, "get", name)
	if err != nil {
		return nil, err
	}
	v, err := awaitRequest(req)
	if err != nil {
		return nil, err
	}
	if v.IsUndefined() {
		return nil, fs.ErrNotExist
	}
	return readBlob(v, nil)
}

// Write stores the data as a Blob, in one transaction that is whole once
// it completes.
func (s *idbStore) Write(name string, data []byte) error {
	parts := js.Global().Get("Array").New()
	for at := 0; at < len(data); at += chunkSize {
		chunk := data[at:min(at+chunkSize, len(data))]
		array := js.Global().Get("Uint8Array").New(len(chunk))
		js.CopyBytesToJS(array, chunk)
		parts.Call("push", array)
	}
	blob := js.Global().Get("Blob").New(parts)
	tx, objects, err := s.objects("readwrite")
	if err != nil {
		return err
	}
	if _, err := call(objects, "put", blob, name); err != nil {
		return err
	}
	return awaitTransaction(tx)
}

func (s *idbStore) Remove(name string) error {
	tx, objects, err := s.objects("readwrite")
	if err != nil {
		return err
	}
	if _, err := call(objects, "delete", name); err != nil {
		return err
	}
	return awaitTransaction(tx)
}

func (s *idbStore) Estimate() (int64, int64, bool) { return estimate() }

// awaitTransaction waits until a transaction is written (complete) or fails
// (error, abort: a full store aborts it with a QuotaExceededError).
func awaitTransaction(tx js.Value) error {
	done := make(chan error, 1)
	complete := js.FuncOf(func(js.Value, []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(js.Value, []js.Value) any {
		if e := tx.Get("error"); e.Truthy() {
			done <- asJSError(e)
		} else {
			done <- errors.New("the browser's storage refused the change")
		}
		return nil
	})
	defer complete.Release()
	defer fail.Release()
	tx.Set("oncomplete", complete)
	tx.Set("onabort", fail)
	return <-done
}

// browserKeeper is the keeper of the browser's storage.
func browserKeeper() (keeper, error) {
	store, err := openBrowserStore()
	if err != nil {
		return keeper{}, err
	}
	return keeper{store: store, now: time.Now}, nil
}
