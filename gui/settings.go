package gui

import (
	"time"

	"fyne.io/fyne/v2"
)

// ThemeMode is the appearance in use: system, light or dark.
func (m *MainWindow) ThemeMode() ThemeMode { return m.mode }

// SetThemeMode switches between following the system and a fixed light or
// dark appearance, and remembers the choice for the next start.
func (m *MainWindow) SetThemeMode(mode ThemeMode) {
	m.setTheme(mode)
	m.mem.Theme = string(mode)
	m.remember()
	for each, item := range m.themeItems {
		item.Checked = each == mode
	}
	m.themeMenu.Refresh()
	m.mainMenu.Refresh()
}

func (m *MainWindow) setTheme(mode ThemeMode) {
	m.mode = mode
	t := newReadingTheme(mode, m.textSize)
	t.system = m.systemVariant
	withGLContext(func() { m.app.Settings().SetTheme(t) })
}

// TextSize is the reader's body text size in dp.
func (m *MainWindow) TextSize() float32 { return m.textSize }

// SetTextSize changes the reader's text size (the rest of the window keeps
// its size) and remembers it.
func (m *MainWindow) SetTextSize(size float32) {
	size = validTextSize(size)
	if size == m.textSize {
		return
	}
	m.textSize = size
	m.setTheme(m.mode)
	m.mem.TextSize = float64(size)
	m.remember()
}

func (m *MainWindow) stepTextSize(larger bool) { m.SetTextSize(nextTextSize(m.textSize, larger)) }

// scrolled remembers how far the open article is read, a moment after the
// reader stops scrolling, so that scrolling does not rewrite the preferences
// at every step.
func (m *MainWindow) scrolled(offset float32) {
	m.mem.Scroll = float64(offset)
	if m.saveTimer != nil {
		m.saveTimer.Stop()
	}
	m.saveTimer = time.AfterFunc(700*time.Millisecond, func() { m.do(m.remember) })
}

// remember saves what Dossier remembers (see memory).
func (m *MainWindow) remember() {
	if err := saveMemory(m.app.Preferences(), m.opts.MemoryDir, &m.mem); err != nil {
		fyne.LogError("Dossier could not remember its state", err)
	}
}

// flushMemory saves at once, when the window closes.
func (m *MainWindow) flushMemory() {
	if m.saveTimer != nil {
		m.saveTimer.Stop()
	}
	m.remember()
	if m.loader != nil {
		m.loader.cancel()
	}
}
