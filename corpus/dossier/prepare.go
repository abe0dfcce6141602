package dossier

import (
	"dossier/corpus/geo"
	"dossier/corpus/search"
)

// Prepare makes ahead of time what opening any dossier needs and every
// dossier shares: the gazetteer that a library's query options read and
// the search index's layout that a file's header is checked against. The
// browser build calls it while a dossier downloads, when its one thread
// would otherwise wait for the bytes; opening without it makes the same on
// the way.
func Prepare() {
	geo.Default()
	search.Layout()
}
