package corpus

// MonthCounts counts articles per month over a stretch of consecutive months:
// Counts[i] is the count of month First plus i. Months outside the stretch
// count zero. The zero value is an empty stretch.
type MonthCounts struct {
	First  Month
	Counts []int
}

// Len is the number of months in the stretch.
func (c MonthCounts) Len() int { return len(c.Counts) }

// Last is the stretch's last month; the zero Month when it is empty.
func (c MonthCounts) Last() Month {
	if len(c.Counts) == 0 {
		return Month{}
	}
	return MonthFromIndex(c.First.Index() + len(c.Counts) - 1)
}

// Get is the count of month m.
func (c MonthCounts) Get(m Month) int {
	if len(c.Counts) == 0 {
		return 0
	}
	i := m.Index() - c.First.Index()
	if i < 0 || i >= len(c.Counts) {
		return 0
	}
	return c.Counts[i]
}

// Total adds up every month.
func (c MonthCounts) Total() int {
	n := 0
	for _, k := range c.Counts {
		n += k
	}
	return n
}

// Map keys the months that count more than zero by "YYYY-MM", the form of
// the command line's JSON.
func (c MonthCounts) Map() map[string]int {
	out := make(map[string]int)
	for i, n := range c.Counts {
		if n > 0 {
			out[MonthFromIndex(c.First.Index()+i).String()] = n
		}
	}
	return out
}
