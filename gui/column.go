package gui

import (
	"math"

	"fyne.io/fyne/v2"
)

// readingColumn stacks blocks of text in one centred column no wider than
// maxWidth, so that lines stay near 70 characters however wide the window is.
// gaps[i] is the extra space above block i (negative pulls it closer); blocks
// without an entry get none.
type readingColumn struct {
	maxWidth float32
	margin   fyne.Size // kept free left and right (Width) and above and below (Height)
	gaps     []float32
}

func (c *readingColumn) gap(i int) float32 {
	if i < len(c.gaps) {
		return c.gaps[i]
	}
	return 0
}

func (c *readingColumn) columnWidth(available float32) float32 {
	return max(0, min(c.maxWidth, available-2*c.margin.Width))
}

// MinSize is the height of the blocks at the width they were last laid out at:
// wrapped text knows its height only once it knows its width, and Fyne lays the
// column out again when a block's minimum size changes after a resize.
func (c *readingColumn) MinSize(objects []fyne.CanvasObject) fyne.Size {
	width, height := float32(0), 2*c.margin.Height
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		width = max(width, m.Width)
		height += c.gap(i) + m.Height
	}
	return fyne.NewSize(width+2*c.margin.Width, height)
}

func (c *readingColumn) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	width := c.columnWidth(size.Width)
	// Whole-pixel positions keep the first line of every block crisp.
	x := float32(math.Round(float64(size.Width-width) / 2))
	y := c.margin.Height
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		y += c.gap(i)
		// Resizing first makes wrapped text measure itself at the column's width.
		o.Resize(fyne.NewSize(width, o.MinSize().Height))
		o.Resize(fyne.NewSize(width, o.MinSize().Height))
		o.Move(fyne.NewPos(x, float32(math.Round(float64(y)))))
		y += o.Size().Height
	}
}
