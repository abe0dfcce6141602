//go:build js

package gui

import (
	"context"
	"errors"
	"strings"
	"syscall/js"
	"time"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/gui/view"
)

// publishedEntry is the loader's window.dossierPublished, or undefined
// when the site publishes no dossier.
func publishedEntry() js.Value {
	entry := js.Global().Get("dossierPublished")
	if entry.Type() != js.TypeObject {
		return js.Undefined()
	}
	return entry
}

// reopenPublished opens the site's dossier again (File › its name), after
// the reader has looked at another collection: fetched anew, which the
// service worker answers from its copy, also offline.
func (m *MainWindow) reopenPublished() {
	if entry := publishedEntry(); entry.Truthy() {
		m.openPublished(entry)
	}
}

// dropPublished stops the download of the site's dossier and lets go of
// it, when the reader's own collection opens at start instead.
func dropPublished() {
	if entry := publishedEntry(); entry.Truthy() {
		entry.Call("drop")
	}
}

// openPublished loads the site's dossier, as the loader fetches it or, when
// the app has had its bytes already, fetched again.
func (m *MainWindow) openPublished(entry js.Value) { m.load(publishedCollection(entry)) }

// publishedCollection is the site's dossier (see Start and openPublished).
// The page's loader (wasm/loader.js) fetches it from the start, beside the
// module, as window.dossierPublished; when the app has had its bytes
// already, it is fetched again, which the service worker answers from its
// copy, also offline.
func publishedCollection(entry js.Value) collection {
	if entry.Get("bytes").IsNull() {
		entry.Call("refetch")
	}
	name := entry.Get("name").String()
	c := dossierBytesCollection(publishedKey+name, name, nil)
	c.open = func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
		data, err := awaitPublished(ctx, entry, progress)
		if err != nil {
			return nil, nil, err
		}
		return dossierBytesCollection(publishedKey+name, name, data).open(ctx, progress)
	}
	say := c.say
	c.say = func(err error) string {
		var f *publishedFetchError
		if errors.As(err, &f) {
			return f.text(name)
		}
		return say(err)
	}
	c.failedKey = "published.failed"
	return c
}

// publishedKey begins what is remembered of the site's dossier.
const publishedKey = "published:"

func isPublished(c collection) bool { return strings.HasPrefix(c.path, publishedKey) }

// awaitPublished waits for the loader's promise of the dossier's bytes,
// telling the download's progress, and copies them into Go in one go.
func awaitPublished(ctx context.Context, entry js.Value, progress func(key string, done, total int)) ([]byte, error) {
	type outcome struct {
		data []byte
		err  error
	}
	got := make(chan outcome, 1)
	var resolved, rejected js.Func
	resolved = js.FuncOf(func(_ js.Value, args []js.Value) any {
		data := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(data, args[0])
		got <- outcome{data: data}
		return nil
	})
	rejected = js.FuncOf(func(_ js.Value, args []js.Value) any {
		got <- outcome{err: newPublishedFetchError(args[0])}
		return nil
	})
	defer resolved.Release()
	defer rejected.Release()
	entry.Get("bytes").Call("then", resolved, rejected)

	tick := time.NewTicker(progressEvery)
	defer tick.Stop()
	size := entry.Get("size").Int()
	for {
		select {
		case o := <-got:
			// The page holds the bytes no longer: Go has its copy.
			entry.Set("bytes", js.Null())
			if o.err != nil {
				return nil, o.err
			}
			return o.data, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
			if size > 0 {
				progress("published.stage.download", min(100, entry.Get("received").Int()*100/size), 100)
			}
		}
	}
}

// publishedFetchError is a dossier the site names that did not come: the
// server answered with an error, the site could not be reached (offline,
// with no copy kept), or the file came cut short.
type publishedFetchError struct {
	message        string // the loader's, for the console
	status         int    // the HTTP status; 0 when the site could not be reached
	received, size int    // set when the file came cut short
}

func newPublishedFetchError(v js.Value) *publishedFetchError {
	e := &publishedFetchError{message: v.Get("message").String()}
	for field, n := range map[string]*int{"status": &e.status, "received": &e.received, "size": &e.size} {
		if x := v.Get(field); x.Type() == js.TypeNumber {
			*n = x.Int()
		}
	}
	return e
}

func (e *publishedFetchError) Error() string { return e.message }

func (e *publishedFetchError) text(name string) string {
	switch {
	case e.size > 0:
		return tr("published.problem.short", map[string]any{"Name": name, "Received": groupDigits(e.received), "Size": groupDigits(e.size)})
	case e.status > 0:
		return tr("published.problem.http", map[string]any{"Name": name, "Status": e.status})
	default:
		return tr("published.problem.offline", map[string]any{"Name": name})
	}
}

// markResults sets a performance mark each time a search result is shown,
// "dossier-result" with the query and the number of articles searched, so
// that wasm/measure can time a published site's first search from the
// navigation, as the browser's own tools show it.
func (m *MainWindow) markResults() {
	m.session.OnChanged(func(c view.Change) {
		if c.Has(view.ChangeResult) {
			performanceMark("dossier-result", map[string]any{
				"query":    m.state.SearchQuery().Text,
				"total":    m.session.Result().Total,
				"articles": m.session.Library().Corpus().Len(),
			})
		}
	})
}

// performanceMark sets a mark on the page's performance timeline, with
// detail; browsers without User Timing Level 3 get the mark alone.
func performanceMark(name string, detail any) {
	perf := js.Global().Get("performance")
	if perf.Type() != js.TypeObject || perf.Get("mark").Type() != js.TypeFunction {
		return
	}
	defer func() { recover() }() // an older browser that rejects the options
	perf.Call("mark", name, map[string]any{"detail": detail})
}
