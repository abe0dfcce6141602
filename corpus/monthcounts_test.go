package corpus

import (
	"maps"
	"testing"
	"time"
)

func TestMonthCounts(t *testing.T) {
	c := MonthCounts{First: Month{2018, time.November}, Counts: []int{1, 0, 3}}
	if got := c.Last(); got != (Month{2019, time.January}) {
		t.Errorf("Last = %v", got)
	}
	for m, want := range map[Month]int{{2018, time.November}: 1, {2018, time.December}: 0, {2019, time.January}: 3, {2018, time.October}: 0, {2019, time.February}: 0} {
		if got := c.Get(m); got != want {
			t.Errorf("Get(%v) = %d, want %d", m, got, want)
		}
	}
	if c.Total() != 4 || c.Len() != 3 {
		t.Errorf("Total %d, Len %d", c.Total(), c.Len())
	}
	if want := map[string]int{"2018-11": 1, "2019-01": 3}; !maps.Equal(c.Map(), want) {
		t.Errorf("Map = %v, want %v", c.Map(), want)
	}
	var empty MonthCounts
	if empty.Get(Month{2018, time.May}) != 0 || empty.Last() != (Month{}) || len(empty.Map()) != 0 {
		t.Error("the empty stretch counts something")
	}
}
