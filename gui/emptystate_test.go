package gui

import "testing"

// Text with no word in it ("🙂", "!!!") finds nothing, and the empty state
// says that it has nothing to search for rather than that no article has it.
func TestEmptyResultForTextWithoutWords(t *testing.T) {
	m, _, _ := openSeed(t)
	for _, q := range []string{"!!!", "🙂"} {
		m.State().SetQuery(q)
		if m.session.Total() != 0 || !m.empty.Showing() {
			t.Fatalf("%q: %d articles, empty state %v", q, m.session.Total(), m.empty.Showing())
		}
		if got, want := m.empty.reason.Text, "‘"+q+"’ bevat geen woord om naar te zoeken, alleen tekens of emoji."; got != want {
			t.Errorf("%q: reason = %q, want %q", q, got, want)
		}
	}
	m.State().SetQuery("   ")
	if m.session.Total() != 4 || m.empty.Showing() {
		t.Errorf("blank query: %d articles, empty state %v; want every article", m.session.Total(), m.empty.Showing())
	}
}
