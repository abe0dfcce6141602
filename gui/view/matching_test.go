package view

import (
	"reflect"
	"slices"
	"testing"

	"dossier/corpus/library"
	"dossier/corpus/search"
)

func TestLeftOutOnlyInPartialMode(t *testing.T) {
	for _, tt := range []struct {
		name        string
		result      search.Result
		wantWords   []string
		wantPartial bool
	}{
		{"all", search.Result{Total: 3, Mode: search.ModeAll}, nil, false},
		{"no mode", search.Result{Total: 3}, nil, false},
		{"partial", search.Result{Total: 2, Mode: search.ModePartial, LeftOut: []string{"pegasis", "xyz"}}, []string{"pegasis", "xyz"}, true},
		{"partial but empty", search.Result{Mode: search.ModePartial, LeftOut: []string{"xyz"}}, nil, false},
	} {
		words, partial := LeftOut(tt.result)
		if partial != tt.wantPartial || !slices.Equal(words, tt.wantWords) {
			t.Errorf("%s: LeftOut = %q, %v; want %q, %v", tt.name, words, partial, tt.wantWords, tt.wantPartial)
		}
	}
}

func TestWordNotesTellWhatIsNotAsTyped(t *testing.T) {
	hit := search.Hit{Words: []search.WordMatch{
		{Query: "spionage", Reason: search.ReasonExact, Forms: []string{"Spionage"}},
		{Query: "pegasis", Reason: search.ReasonTypo, Forms: []string{"Pegasus", "Pegasus", "pegasus"}},
		{Query: "Fransen", Reason: search.ReasonCountry, Forms: []string{"Franse", "Frankrijk", "Parijs"}},
		{Query: "Frankrijk", Reason: search.ReasonCountry, Forms: []string{"Frankrijk"}},
		{Query: `"geheime dienst"`, Reason: search.ReasonPhrase, Forms: []string{"geheime dienst"}},
		{Query: `"geheime diensten"`, Reason: search.ReasonPhrase},
		{Query: "elysee", Reason: search.ReasonStem, Forms: []string{"Élysée"}},
		{Query: "2021", Reason: "year"},
		{Query: "xyz"},
	}}
	want := []WordNote{
		{Query: "pegasis", Reason: search.ReasonTypo, Forms: []string{"Pegasus"}},
		{Query: "Fransen", Reason: search.ReasonCountry, Forms: []string{"Franse", "Frankrijk"}},
		{Query: "2021", Reason: "year"},
		{Query: "xyz"},
	}
	got := WordNotes(hit)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WordNotes =\n%+v\nwant\n%+v", got, want)
	}
	if !got[3].Missing() || got[0].Missing() {
		t.Errorf("Missing: %v for xyz, %v for pegasis", got[3].Missing(), got[0].Missing())
	}
	if notes := WordNotes(search.Hit{Words: []search.WordMatch{{Query: "china", Reason: search.ReasonExact, Forms: []string{"China"}}}}); notes != nil {
		t.Errorf("a hit with every word as typed has notes %+v", notes)
	}
}

// TestSessionSearchesThroughOptions: a session asks Options.Search for every
// result and page, so that a test can hand the views results the engine does
// not give.
func TestSessionSearchesThroughOptions(t *testing.T) {
	calls := 0
	fake := func(lib *library.Library, q search.Query) search.Result {
		calls++
		r := lib.Search(q)
		r.Mode, r.LeftOut = search.ModePartial, []string{"xyz"}
		return r
	}
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl", Search: fake})
	s.SetQuery("china")
	if words, partial := LeftOut(se.Result()); !partial || !slices.Equal(words, []string{"xyz"}) || calls == 0 {
		t.Errorf("after %d calls, LeftOut = %q, %v", calls, words, partial)
	}
}
