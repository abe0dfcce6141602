package gui

// State is the one view state of a Dossier window. Every view draws it and
// every view edits it through its methods; views never talk to each other.
// Later issues add the query, the country and date filters and bookmarks here,
// beside the open article.
//
// State is not safe for concurrent use: touch it on the UI goroutine only
// (hand results from other goroutines over with fyne.Do).
type State struct {
	openID    string
	listeners []func()
}

// NewState returns a state with no article open.
func NewState() *State { return &State{} }

// OpenID is the id of the article shown in the reader, or "" when none is.
func (s *State) OpenID() string { return s.openID }

// OpenArticle shows the article with the given id. Opening the article that is
// already open changes nothing and notifies no one, which is what stops views
// that both show and set the selection from echoing each other forever.
func (s *State) OpenArticle(id string) {
	if id == s.openID {
		return
	}
	s.openID = id
	s.changed()
}

// OnChanged registers f to run after every change. Listeners read what they
// need from the state; they are called in the order they were added.
func (s *State) OnChanged(f func()) { s.listeners = append(s.listeners, f) }

func (s *State) changed() {
	for _, f := range s.listeners {
		f()
	}
}
