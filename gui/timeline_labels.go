package gui

// The timeline's wording: the hover label, the drag label and the scale hint,
// all through the translations.

import (
	"strconv"
	"time"

	"dossier/corpus"
)

// rangeSummary is the label shown while a range is being made, by dragging
// or with the keyboard: the period and its matches.
func (t *Timeline) rangeSummary(r timelineRange) string {
	s := t.data.bucket(r.from, r.to-r.from+1)
	return timelineBucketLabel(s, t.data.background != nil)
}

// timelineBucketLabel is the hover text: "dec 2018 · 2 artikelen".
func timelineBucketLabel(b timelineBucket, withBackground bool) string {
	period := timelinePeriod(corpus.MonthFromIndex(b.first), corpus.MonthFromIndex(b.last))
	return period + textMetaSep() + timelineCount(b.count, b.background, withBackground)
}

// timelineCount is "2 artikelen", or "2 van 40 artikelen" when the background
// counts are shown and differ.
func timelineCount(count, background int, withBackground bool) string {
	if withBackground && background != count {
		return articlesOf(count, background)
	}
	return articlesPhrase(count)
}

// timelinePeriod names a bar's period: "dec 2018", "2018", and otherwise as
// the range chip does, "jan 2018 – mrt 2018".
func timelinePeriod(first, last corpus.Month) string {
	switch {
	case first == last:
		return shortMonth(first)
	case first.Year == last.Year && first.Month == time.January && last.Month == time.December:
		return strconv.Itoa(first.Year)
	}
	return rangeLabel(first, last)
}

// timelineScaleHint is the y-scale hint, "max. 1.942 per maand", naming the
// period one bar covers so that aggregated bars are never read as months.
func timelineScaleHint(maxCount, bucketMonths int) string {
	most := map[string]any{"Max": groupDigits(maxCount)}
	switch bucketMonths {
	case 1:
		return tr("timeline.max.month", most)
	case 3:
		return tr("timeline.max.quarter", most)
	}
	return trN("timeline.max.years", bucketMonths/12, most)
}
