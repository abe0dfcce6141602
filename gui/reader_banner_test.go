package gui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/gui/view"
)

// seedMacron is the seed article about Macron, Pegasus and Morocco: the only
// one the query "pegasus" matches, and one a country filter CN excludes.
const seedMacron = "003_0df74ff2f132de6e"

// bannerShows reports what the banner shows: nothing, or its buttons.
func bannerShows(b *excludedBanner) (shown, clearFilters, clearSearch, first bool) {
	return b.Visible(), b.clearFilters.Visible(), b.clearSearch.Visible(), b.first.Visible()
}

func TestReaderBannerOffersClearingTheFilters(t *testing.T) {
	m, _, _ := openSeed(t)
	state, banner := m.State(), m.reader.banner
	state.OpenArticle(seedMacron)
	if banner.Visible() {
		t.Fatal("the banner shows while the article is among the results")
	}

	state.AddCountry("CN")
	shown, clearFilters, clearSearch, first := bannerShows(banner)
	if !shown || !clearFilters || clearSearch || !first {
		t.Fatalf("with CN: banner %v, clear filters %v, clear search %v, first %v; want the banner, clear filters and first result",
			shown, clearFilters, clearSearch, first)
	}
	if state.OpenID() != seedMacron || m.reader.shownID != seedMacron {
		t.Errorf("the reader let go of the article the filter excludes: open %q, shown %q", state.OpenID(), m.reader.shownID)
	}
	if banner.message.Text != "Dit artikel valt buiten de huidige zoekopdracht en filters." {
		t.Errorf("the banner says %q", banner.message.Text)
	}
	// It sits under the tool bar, above the article.
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject
	barEnd, bannerAt, articleAt := at(m.reader.bar).Y+m.reader.bar.Size().Height, at(banner).Y, at(m.reader.scroll).Y
	if bannerAt < barEnd || articleAt < bannerAt+banner.Size().Height {
		t.Errorf("the banner at y=%v (%v tall) is not between the bar (ends at %v) and the article (at %v)",
			bannerAt, banner.Size().Height, barEnd, articleAt)
	}

	test.Tap(banner.clearFilters)
	if state.HasFilters() || banner.Visible() || state.OpenID() != seedMacron {
		t.Errorf("after \"Filters wissen\": filters %v, banner %v, open %q; want no filters, no banner, the same article",
			state.HasFilters(), banner.Visible(), state.OpenID())
	}
	if got := at(m.reader.scroll).Y; got >= bannerAt+banner.Size().Height {
		t.Errorf("the article starts at y=%v with the banner gone, as low as with it: its room was not given back", got)
	}
}

func TestReaderBannerOffersClearingTheQueryAndTheFirstResult(t *testing.T) {
	m, _, _ := openSeed(t)
	state, banner := m.State(), m.reader.banner
	state.OpenArticle(seedCIA)
	state.SetQuery("pegasus")
	shown, clearFilters, clearSearch, first := bannerShows(banner)
	if !shown || clearFilters || !clearSearch || !first {
		t.Fatalf("with \"pegasus\" over the CIA article: banner %v, clear filters %v, clear search %v, first %v; want the banner, clear search and first result",
			shown, clearFilters, clearSearch, first)
	}

	test.Tap(banner.first)
	if state.OpenID() != seedMacron || banner.Visible() {
		t.Errorf("\"Eerste resultaat openen\" opened %q (banner %v), want %q, the one result, and no banner", state.OpenID(), banner.Visible(), seedMacron)
	}

	state.OpenArticle(seedCIA)
	if !banner.Visible() {
		t.Fatal("the banner did not come back for the excluded article")
	}
	test.Tap(banner.clearSearch)
	if state.Query() != "" || banner.Visible() || state.OpenID() != seedCIA {
		t.Errorf("after \"Zoekopdracht wissen\": query %q, banner %v, open %q", state.Query(), banner.Visible(), state.OpenID())
	}

	// With nothing to open, the banner offers no first result.
	state.SetQuery("pegasus")
	state.AddCountry("CN")
	if shown, clearFilters, _, first := bannerShows(banner); !shown || !clearFilters || first || m.session.Total() != 0 {
		t.Errorf("with no results: banner %v, clear filters %v, first %v (%d results); want the banner with only clear filters",
			shown, clearFilters, first, m.session.Total())
	}
}

// TestReaderBannerFollowsBackgroundResults: the banner changes with the
// result, which may arrive after the query, not with the query itself.
func TestReaderBannerFollowsBackgroundResults(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(newReadingTheme(ThemeLight, defaultTextSize))
	var queued []func()
	state := view.NewState()
	s := view.NewSession(seedLibrary(t), state, view.Options{Lang: "nl", Background: func(f func()) { queued = append(queued, f) }})
	r := newReader(s)
	w := test.NewWindow(r)
	t.Cleanup(w.Close)
	state.OpenArticle(seedCIA)
	state.SetQuery("pegasus")
	if r.banner.Visible() {
		t.Error("the banner showed before the result said the article is excluded")
	}
	for len(queued) > 0 {
		f := queued[0]
		queued = queued[1:]
		f()
	}
	if !r.banner.Visible() {
		t.Error("the banner did not show when the result arrived")
	}
}

// TestReaderBannerWrapsWhenNarrow: at the reader's width in an 800×600
// window, and narrower still with the results column dragged wider, the
// message is whole (wrapped, never cut) and the buttons stay inside the banner.
func TestReaderBannerWrapsWhenNarrow(t *testing.T) {
	for _, c := range []struct {
		language string
		width    float32
	}{{"nl", 520}, {"en", 520}, {"nl", 300}, {"en", 300}} {
		t.Run(fmt.Sprint(c.language, c.width), func(t *testing.T) {
			if c.language != "nl" {
				inLanguage(t, c.language)
			}
			r, _ := narrowReaderWithBanner(t, ThemeLight, c.width)
			b := r.banner
			msg := b.message
			if msg.Size().Height < msg.MinSize().Height || msg.Position().Y+msg.Size().Height > b.Size().Height {
				t.Errorf("the message is %v tall of the %v it needs, ending at %v in a banner %v tall: cut",
					msg.Size().Height, msg.MinSize().Height, msg.Position().Y+msg.Size().Height, b.Size().Height)
			}
			if msg.Position().X+msg.Size().Width > b.Size().Width {
				t.Errorf("the message runs to x=%v, past the banner's %v", msg.Position().X+msg.Size().Width, b.Size().Width)
			}
			for _, button := range []fyne.CanvasObject{b.clearSearch, b.first} {
				end := button.Position().Add(button.Size())
				if !button.Visible() || end.X > b.Size().Width || end.Y > b.Size().Height {
					t.Errorf("a button (visible %v) ends at %v, outside the banner's %v", button.Visible(), end, b.Size())
				}
			}
			if oneLine := fyne.MeasureText("Mg", r.Theme().Size(theme.SizeNameText), fyne.TextStyle{}).Height; c.width < 400 && msg.MinSize().Height < 2*oneLine {
				t.Errorf("the message is %v tall at %v wide: it should wrap", msg.MinSize().Height, c.width)
			}
		})
	}
}

// narrowReaderWithBanner is the reader at width (520 dp is its width in an
// 800×600 window), with the CIA article open under the query "pegasus",
// which excludes it.
func narrowReaderWithBanner(t *testing.T, mode ThemeMode, width float32) (*reader, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newReadingTheme(mode, defaultTextSize))
	state := view.NewState()
	r := newReader(view.NewSession(seedLibrary(t), state, view.Options{Lang: interfaceLanguage()}))
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, 420))
	t.Cleanup(w.Close)
	state.OpenArticle(seedCIA)
	state.SetQuery("pegasus")
	if !r.banner.Visible() {
		t.Fatal("no banner over the excluded article")
	}
	return r, w
}

// TestReaderBannerImages keeps masters of the banner at the reader's width
// in an 800×600 window, light and dark in Dutch, light in English, and
// wrapped at 300 dp.
func TestReaderBannerImages(t *testing.T) {
	for _, c := range []struct {
		language string
		mode     ThemeMode
		width    float32
	}{{"nl", ThemeLight, 520}, {"nl", ThemeDark, 520}, {"en", ThemeLight, 520}, {"nl", ThemeDark, 300}} {
		name := "reader_excluded_" + string(c.mode)
		if c.language != "nl" {
			name += "_" + c.language
		}
		if c.width < 520 {
			name += "_narrow"
		}
		t.Run(name, func(t *testing.T) {
			if c.language != "nl" {
				inLanguage(t, c.language)
			}
			_, w := narrowReaderWithBanner(t, c.mode, c.width)
			test.AssertImageMatches(t, name+".png", w.Canvas().Capture())
		})
	}
}
