package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// shortcutHelp is one line of Help › Keyboard shortcuts: the keys, as the
// reader presses them, and the translation key of what they do.
type shortcutHelp struct {
	keys   string // "Ctrl+K", with key words translated through "keys." keys
	action string
}

// shortcutSection is a group of shortcuts under a heading.
type shortcutSection struct {
	heading string
	lines   []shortcutHelp
}

// shortcutSections lists every key the window answers to, as the window,
// the search bar, the chips, the map and the timeline handle them.
func shortcutSections(browser bool) []shortcutSection {
	sections := []shortcutSection{
		{"help.section.search", []shortcutHelp{
			{"Ctrl+K, Ctrl+F, /", "help.search"},
			{"Ctrl+P", "help.quickopen"},
			{"{Esc}", "help.clearquery"},
			{"↑ ↓", "help.results"},
			{"{Enter}", "help.openfirst"},
			{"{Tab}, Shift+{Tab}", "help.tab"},
		}},
		{"help.section.reader", []shortcutHelp{
			{"{PageDown} {PageUp}, {Space}", "help.page"},
			{"{Home} {End}", "help.ends"},
			{"Ctrl+G, F3", "help.nextmatch"},
			{"Ctrl+Shift+G", "help.previousmatch"},
			{"Ctrl+D", "help.bookmark"},
			{"Ctrl+= Ctrl+- Ctrl+0", "help.textsize"},
			{"Ctrl+C", "help.copy"},
		}},
		{"help.section.filters", []shortcutHelp{
			{"Ctrl+Shift+X", "help.clearfilters"},
			{"{Delete}, {Backspace}", "help.chip"},
			{"← → ↑ ↓", "help.map.arrows"},
			{"a–z", "help.map.type"},
			{"{Enter}, {Space}", "help.map.enter"},
			{"← →", "help.map.mode"},
			{"← →, {Home} {End}", "help.timeline.arrows"},
			{"Shift+← →", "help.timeline.extend"},
			{"{Enter}", "help.timeline.enter"},
			{"{Esc}", "help.timeline.escape"},
			{"↓", "help.timeline.events"},
			{"← →", "help.timeline.by"},
		}},
		{"help.section.window", []shortcutHelp{
			{"Ctrl+Shift+M", "help.strip"},
			{"F1", "help.shortcuts"},
		}},
	}
	if !browser {
		window := &sections[len(sections)-1]
		window.lines = append(window.lines, shortcutHelp{"Ctrl+O", "help.opencorpus"})
	}
	return sections
}

// keysText writes the keys with their words in the interface's language
// ("{Space}" is "Spatie" in Dutch).
func keysText(keys string) string {
	out := []rune{}
	for i := 0; i < len(keys); {
		if keys[i] == '{' {
			end := i + 1
			for end < len(keys) && keys[end] != '}' {
				end++
			}
			out = append(out, []rune(tr("keys."+keys[i+1:end]))...)
			i = end + 1
			continue
		}
		r := []rune(keys[i:])[0]
		out = append(out, r)
		i += len(string(r))
	}
	return string(out)
}

// showShortcuts shows every shortcut, grouped, in a dialog that scrolls.
func (m *MainWindow) showShortcuts() {
	form := container.New(layout.NewFormLayout())
	for _, section := range shortcutSections(fyne.CurrentDevice().IsBrowser()) {
		form.Add(widget.NewLabelWithStyle(tr(section.heading), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		form.Add(layout.NewSpacer())
		for _, line := range section.lines {
			form.Add(widget.NewLabelWithStyle(keysText(line.keys), fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}))
			action := widget.NewLabel(tr(line.action))
			action.Wrapping = fyne.TextWrapWord
			form.Add(action)
		}
	}
	m.shortcutsDialog = m.showScrollingDialog(tr("menu.shortcuts"), form)
}
