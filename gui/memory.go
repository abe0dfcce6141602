package gui

import (
	"encoding/json"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// memory is what Dossier remembers between runs: the theme, the text size,
// the corpus folder or dossier file, the open article and how far it was
// read, and the bookmarks. It lives in Fyne's preferences, which the browser build keeps
// in localStorage. On the desktop Fyne rewrites its preferences file in
// place, so a kill in the middle of that write loses every preference; a copy
// is therefore also written to memoryFile, atomically (a temporary file,
// synced, then renamed over the old one), and whichever copy is newer wins
// at the next start.
type memory struct {
	Version   int64    `json:"version"` // counts saves; the newer copy wins
	Theme     string   `json:"theme"`
	TextSize  float64  `json:"textSize"`
	Corpus    string   `json:"corpus"` // a folder or a dossier file, or "" for the built-in articles
	Article   string   `json:"article"`
	Scroll    float64  `json:"scroll"`
	Bookmarks []string `json:"bookmarks"`
	// StripHidden is set when the reader folded the map and timeline away.
	StripHidden bool `json:"stripHidden"`
}

// Preference keys. preferenceTheme is the one the first window already used.
const (
	preferenceVersion   = "memory.version"
	preferenceTextSize  = "textSize"
	preferenceCorpus    = "corpus"
	preferenceArticle   = "article"
	preferenceScroll    = "scroll"
	preferenceBookmarks = "bookmarks"
	preferenceStrip     = "stripHidden"
)

// memoryFile is the name of the atomic copy in the app's storage folder.
const memoryFile = "dossier-memory.json"

func memoryFromPreferences(p fyne.Preferences) memory {
	return memory{
		Version:   int64(p.Int(preferenceVersion)),
		Theme:     p.String(preferenceTheme),
		TextSize:  p.FloatWithFallback(preferenceTextSize, defaultTextSize),
		Corpus:    p.String(preferenceCorpus),
		Article:   p.String(preferenceArticle),
		Scroll:    p.Float(preferenceScroll),
		Bookmarks: p.StringList(preferenceBookmarks),

		StripHidden: p.Bool(preferenceStrip),
	}
}

func (m memory) toPreferences(p fyne.Preferences) {
	p.SetString(preferenceTheme, m.Theme)
	p.SetFloat(preferenceTextSize, m.TextSize)
	p.SetString(preferenceCorpus, m.Corpus)
	p.SetString(preferenceArticle, m.Article)
	p.SetFloat(preferenceScroll, m.Scroll)
	p.SetStringList(preferenceBookmarks, m.Bookmarks)
	p.SetBool(preferenceStrip, m.StripHidden)
	p.SetInt(preferenceVersion, int(m.Version)) // last: a version means the rest is there
}

// loadMemory reads the preferences and, when dir is set, the atomic copy in
// it, and returns the newer of the two.
func loadMemory(p fyne.Preferences, dir string) memory {
	m := memoryFromPreferences(p)
	if dir == "" {
		return m
	}
	removeStaleTemps(dir, memoryFile)
	data, err := readFile(filepath.Join(dir, memoryFile))
	if err != nil {
		return m
	}
	var saved memory
	if json.Unmarshal(data, &saved) == nil && saved.Version > m.Version {
		return saved
	}
	return m
}

// saveMemory stores m, a version newer than the last, in the preferences and,
// when dir is set, in the atomic copy.
func saveMemory(p fyne.Preferences, dir string, m *memory) error {
	m.Version++
	m.toPreferences(p)
	if dir == "" {
		return nil
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, memoryFile), data)
}
