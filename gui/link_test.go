package gui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"dossier/corpus"
	"dossier/gui/view"
)

const macronID = "003_0df74ff2f132de6e" // "Was Macrons mobiel wel veilig?", 2021-07, names MA

func linkMonth(y int, m time.Month) corpus.Month { return corpus.Month{Year: y, Month: m} }

func TestOpenLinkLeavesOutWhatTheCorpusLacks(t *testing.T) {
	m, _, _ := openSeed(t)
	err := m.session.OpenLink("#q=pegasis&c=MA,ZZ&doc=999_nothing")
	if err == nil || !strings.Contains(err.Error(), "ZZ") || !strings.Contains(err.Error(), "999_nothing") {
		t.Errorf("OpenLink error %v, want one naming ZZ and 999_nothing", err)
	}
	if m.state.Query() != "pegasis" || !reflect.DeepEqual(m.state.Countries(), []string{"MA"}) {
		t.Errorf("the good parts were not shown: %q %q", m.state.Query(), m.state.Countries())
	}
	if got := m.search.Text; got != "pegasis" {
		t.Errorf("the search bar shows %q, want the linked query", got)
	}
	if err := m.session.OpenLink("#doc=" + macronID); err != nil || m.state.OpenID() != macronID {
		t.Errorf("OpenLink to the Macron article: %v, open %q", err, m.state.OpenID())
	}
	if m.session.Total() == 0 {
		t.Error("the linked view finds nothing")
	}
}

// fakeAddress is a browser's address bar for the tests.
type fakeAddress struct {
	fragment string
	replaced []string // every fragment written, in order
	changed  func()
}

func (a *fakeAddress) Fragment() string { return a.fragment }
func (a *fakeAddress) URL() string      { return "http://127.0.0.1:8080/" + a.fragment }
func (a *fakeAddress) ReplaceFragment(f string) {
	a.fragment = f
	a.replaced = append(a.replaced, f)
}
func (a *fakeAddress) OnFragmentChanged(f func()) { a.changed = f }

// edit is the reader typing another fragment into the address bar.
func (a *fakeAddress) edit(fragment string) {
	a.fragment = fragment
	a.changed()
}

func TestTheAddressFollowsTheView(t *testing.T) {
	a := test.NewTempApp(t)
	m, handBack := openWindow(t, a, seedLibrary(t))
	addr := &fakeAddress{fragment: "#q=pegasus&c=ma&from=2018-01&to=2021-12"}
	m.followAddress(addr)

	// Opening: the linked view is shown, and the address written once, whole
	// (with the article that is open), not once per part of the link.
	from, to := m.state.Range()
	if m.state.Query() != "pegasus" || !m.state.HasCountry("MA") || from != linkMonth(2018, 1) || to != linkMonth(2021, 12) {
		t.Fatalf("the view of the address was not shown: %q %q %v %v", m.state.Query(), m.state.Countries(), from, to)
	}
	want := "#q=pegasus&c=MA&from=2018-01&to=2021-12&doc=" + m.state.OpenID()
	if len(addr.replaced) != 1 || addr.fragment != want {
		t.Fatalf("the address was written as %q, want once, as %q", addr.replaced, want)
	}

	// Every change of the view rewrites it.
	m.state.ClearFilters()
	m.state.SetQuery("cia")
	if want := "#q=cia&doc=" + m.state.OpenID(); addr.fragment != want {
		t.Errorf("after a new query the address is %q, want %q", addr.fragment, want)
	}
	written := len(addr.replaced)
	m.state.ToggleBookmark(m.state.OpenID())
	if len(addr.replaced) != written {
		t.Errorf("a bookmark, which links do not carry, rewrote the address: %q", addr.replaced[written:])
	}

	// An address the reader edits is shown, on the UI goroutine.
	m.state.OpenArticle("000_ff3dc8e55b17b03b")
	addr.edit("#doc=" + macronID + "&c=FR")
	handBack.runUntil(t, func() bool { return m.state.HasCountry("FR") })
	if m.state.Query() != "" || !m.state.HasCountry("FR") || addr.fragment != "#c=FR&doc="+macronID {
		t.Errorf("after editing the address: %q %q, address %q", m.state.Query(), m.state.Countries(), addr.fragment)
	}
	if m.Link() != view.FormatLink(m.state) {
		t.Errorf("on the desktop the link is %q, want the fragment %q", m.Link(), view.FormatLink(m.state))
	}
}

func TestCopyLinkCopiesTheFragment(t *testing.T) {
	m, _, a := openSeed(t)
	if err := m.session.OpenLink("#q=pegasus&doc=" + macronID); err != nil {
		t.Fatal(err)
	}
	m.CopyLink()
	if got, want := a.Clipboard().Content(), "#q=pegasus&doc="+macronID; got != want {
		t.Errorf("the clipboard holds %q, want %q", got, want)
	}
	if err := m.session.OpenLink(a.Clipboard().Content()); err != nil {
		t.Errorf("the copied link does not open: %v", err)
	}
}
