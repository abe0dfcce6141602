package main

import (
	"time"

	"dossier/corpus/library"
)

// stageClock times the stages of library.Open from its progress reports:
// each stage reports 0 done when it starts, so a stage lasts from its first
// report to the next stage's first, and the last one until stop.
type stageClock struct {
	order  []library.Stage
	starts []time.Time
	end    time.Time
}

// report is a library.Options.Progress.
func (c *stageClock) report(stage library.Stage, done, total int) {
	if n := len(c.order); n == 0 || c.order[n-1] != stage {
		c.order = append(c.order, stage)
		c.starts = append(c.starts, time.Now())
	}
}

// stop marks the end of the last stage.
func (c *stageClock) stop() { c.end = time.Now() }

// durations returns each stage's time in milliseconds.
func (c *stageClock) durations() map[library.Stage]float64 {
	out := map[library.Stage]float64{}
	for i, stage := range c.order {
		end := c.end
		if i+1 < len(c.starts) {
			end = c.starts[i+1]
		}
		out[stage] += ms(end.Sub(c.starts[i]))
	}
	return out
}
