package view

// Change says what changed, so that each view redoes only the work that
// concerns it: the reader keeps its scroll position when a country is added,
// the map keeps its colours when an article is opened. One notification may
// carry several bits: applying a link or clearing every filter is one change.
type Change uint16

const (
	ChangeQuery         Change = 1 << iota // the search text
	ChangeCountries                        // the country filter
	ChangeCountryMode                      // any or all of the countries
	ChangeRange                            // the month range
	ChangeBookmarksOnly                    // the "Bladwijzers" filter
	ChangeOpen                             // the article in the reader
	ChangeBookmarks                        // the set of bookmarked articles
	ChangeResult                           // a new search result (set by the session, never by State)
	ChangeLibrary                          // another corpus was opened (set by the session)
	ChangeSearching                        // a search started or ended in the background (set by the session)
	ChangeRoles                            // the actor or the target filter
	ChangeMapMode                          // what the map counts: mentions, actors or targets
	ChangeSpot                             // the place to show in the open article (OpenArticleAt)
	ChangeBy                               // what the month range filters on: publication, events or either

	// ChangeFilter is every change that alters which articles match.
	ChangeFilter = ChangeQuery | ChangeCountries | ChangeCountryMode | ChangeRange | ChangeBookmarksOnly | ChangeRoles | ChangeBy
)

// Has reports whether c includes any of the bits of o.
func (c Change) Has(o Change) bool { return c&o != 0 }

// String names the bits, for test failures.
func (c Change) String() string {
	names := []string{"query", "countries", "country-mode", "range", "bookmarks-only", "open", "bookmarks", "result", "library", "searching", "roles", "map-mode", "spot", "by"}
	out := ""
	for i, name := range names {
		if c&(1<<i) != 0 {
			if out != "" {
				out += "|"
			}
			out += name
		}
	}
	if out == "" {
		return "none"
	}
	return out
}
