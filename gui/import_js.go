//go:build js

package gui

import (
	"strings"
	"syscall/js"

	"dossier/corpus/dossier"
)

// In the browser, what the reader opens comes from the page: a file picker
// (an <input type=file>, for a dossier file or a folder) or files dropped
// on the window. Both hand the page's File objects to openPicked, which
// reads them in the background. The page's callbacks only collect the files
// and hand them to the UI goroutine: a js.Func that blocks stops the page.

// showImport does nothing in the browser: importing writes article files
// into a folder, and a web page has none. It is here so that menus.go reads
// the same for both builds.
func (m *MainWindow) showImport() {}

// pickBrowserDossier lets the reader choose a dossier file.
func (m *MainWindow) pickBrowserDossier() {
	m.pickInBrowser(func(input js.Value) { input.Set("accept", dossier.Extension) })
}

// pickBrowserFolder lets the reader choose a folder of article files.
func (m *MainWindow) pickBrowserFolder() {
	m.pickInBrowser(func(input js.Value) { input.Set("webkitdirectory", true) })
}

// pickInBrowser opens the browser's file picker, set up by setup. It runs
// in the menu's action, within the page's transient user activation of the
// click or key that chose the item, which a picker needs.
func (m *MainWindow) pickInBrowser(setup func(input js.Value)) {
	document := js.Global().Get("document")
	input := document.Call("createElement", "input")
	input.Set("type", "file")
	input.Get("style").Set("display", "none")
	setup(input)
	var changed js.Func
	changed = js.FuncOf(func(js.Value, []js.Value) any {
		files := filesOfList(input.Get("files"))
		name := folderName(files)
		input.Call("remove")
		changed.Release()
		m.do(func() { m.openPicked(name, files) })
		return nil
	})
	input.Call("addEventListener", "change", changed)
	document.Get("body").Call("append", input)
	input.Call("click")
}

// filesOfList reads a FileList: each file with its path inside the chosen
// folder (webkitRelativePath less the folder's own name), or its name.
func filesOfList(list js.Value) []pickedFile {
	n := list.Get("length").Int()
	files := make([]pickedFile, 0, n)
	for i := range n {
		f := list.Call("item", i)
		p := f.Get("name").String()
		if rel := f.Get("webkitRelativePath"); rel.Truthy() && strings.Contains(rel.String(), "/") {
			p = rel.String()
		}
		files = append(files, pickedFile{path: p, file: f})
	}
	return files
}

// folderName takes the chosen folder's name off the files' paths, which
// start with it, and returns it ("" when they do not share one).
func folderName(files []pickedFile) string {
	if len(files) == 0 {
		return ""
	}
	top, _, ok := strings.Cut(files[0].path, "/")
	if !ok {
		return ""
	}
	for _, f := range files {
		if !strings.HasPrefix(f.path, top+"/") {
			return ""
		}
	}
	for i := range files {
		files[i].path = strings.TrimPrefix(files[i].path, top+"/")
	}
	return top
}

// listenForDrops opens a dossier file, a folder or article files dropped on
// the page.
func (m *MainWindow) listenForDrops() {
	window := js.Global().Get("window")
	window.Call("addEventListener", "dragover", js.FuncOf(func(_ js.Value, args []js.Value) any {
		args[0].Call("preventDefault") // or the browser opens the file itself
		return nil
	}))
	window.Call("addEventListener", "drop", js.FuncOf(func(_ js.Value, args []js.Value) any {
		event := args[0]
		event.Call("preventDefault")
		transfer := event.Get("dataTransfer")
		if !transfer.Truthy() {
			return nil
		}
		// The entries must be taken during the event; walking the folders
		// they lead to waits for the browser, so it runs on a goroutine.
		var entries []js.Value
		items := transfer.Get("items")
		for i := range items.Get("length").Int() {
			item := items.Index(i)
			if item.Get("kind").String() != "file" || !item.Get("webkitGetAsEntry").Truthy() {
				continue
			}
			if entry := item.Call("webkitGetAsEntry"); entry.Truthy() {
				entries = append(entries, entry)
			}
		}
		if len(entries) == 0 {
			files := filesOfList(transfer.Get("files"))
			m.do(func() { m.openPicked("", files) })
			return nil
		}
		go func() {
			var files []pickedFile
			name := ""
			for _, entry := range entries {
				if entry.Get("isDirectory").Bool() && len(entries) == 1 {
					name = entry.Get("name").String()
					files = walkDropped(entry, "", files)
					continue
				}
				files = walkDropped(entry, entry.Get("name").String(), files)
			}
			m.do(func() { m.openPicked(name, files) })
		}()
		return nil
	}))
}

// walkDropped adds the files below a dropped entry to files, by their paths
// below it with prefix before them; entries that cannot be read are left
// out. It waits for the browser: call it on a goroutine of its own.
func walkDropped(entry js.Value, prefix string, files []pickedFile) []pickedFile {
	if entry.Get("isFile").Bool() {
		file, err := entryCallback(entry, "file")
		if err == nil {
			files = append(files, pickedFile{path: prefix, file: file})
		}
		return files
	}
	reader := entry.Call("createReader")
	for {
		// readEntries hands over the entries a batch at a time, and an
		// empty batch at the end.
		batch, err := entryCallback(reader, "readEntries")
		if err != nil || batch.Get("length").Int() == 0 {
			return files
		}
		for i := range batch.Get("length").Int() {
			child := batch.Index(i)
			p := child.Get("name").String()
			if prefix != "" {
				p = prefix + "/" + p
			}
			files = walkDropped(child, p, files)
		}
	}
}

// entryCallback calls a method of the old file-system entries' API, which
// answers through a success and an error callback, and waits for it.
func entryCallback(v js.Value, method string) (js.Value, error) {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v.Call(method, args[0], args[1])
		return nil
	})
	defer executor.Release()
	return await(js.Global().Get("Promise").New(executor))
}
