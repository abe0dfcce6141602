package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Icons Fyne's theme lacks, drawn as filled paths so that Fyne recolours
// them with the theme like its own.

const starPath = `M12 2.6l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.4l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z`

// starOutlineIcon marks an article without a bookmark.
func starOutlineIcon() fyne.Resource {
	// The outline is the star with a smaller star cut out of it (even-odd).
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
		`<path fill="#000" fill-rule="evenodd" d="` + starPath +
		`M12 6.9l-1.6 3.5-3.8.4 2.8 2.6-.8 3.8 3.4-1.9 3.4 1.9-.8-3.8 2.8-2.6-3.8-.4z"/></svg>`
	return theme.NewThemedResource(fyne.NewStaticResource("star-outline.svg", []byte(svg)))
}

// starIcon marks a bookmarked article, in the highlight colour.
func starIcon() fyne.Resource {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
		`<path fill="#000" d="` + starPath + `"/></svg>`
	return theme.NewColoredResource(fyne.NewStaticResource("star.svg", []byte(svg)), colorMatchCurrent)
}

// contrastIcon is the half-filled circle that marks the light/dark control,
// recoloured with the theme like Fyne's own icons.
func contrastIcon() fyne.Resource {
	// Only fills are recoloured by Fyne, so the ring is a filled path: the outer
	// circle clockwise, the inner one counter-clockwise to cut the hole.
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
		`<path fill="#000" d="M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14z"/>` +
		`<path fill="#000" d="M12 5a7 7 0 0 1 0 14z"/></svg>`
	return theme.NewThemedResource(fyne.NewStaticResource("contrast.svg", []byte(svg)))
}

// textSizeIcon is the "A" of the text size controls: a small one for
// smaller text, a large one for larger.
func textSizeIcon(large bool) fyne.Resource {
	// An A as one filled path, its counter cut out (even-odd).
	const small = `M11.2 7h1.6l4 11h-1.7l-1-3H9.9l-1 3H7.2zM12 9.2l-1.6 4.4h3.2z`
	const big = `M10.9 2h2.2l7 20h-2.4l-1.9-5.6H8.2L6.3 22H3.9zM12 5.4l-3.1 8.9h6.2z`
	path, name := small, "text-smaller.svg"
	if large {
		path, name = big, "text-larger.svg"
	}
	svg := `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
		`<path fill="#000" fill-rule="evenodd" d="` + path + `"/></svg>`
	return theme.NewThemedResource(fyne.NewStaticResource(name, []byte(svg)))
}
