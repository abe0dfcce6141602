// Package worldmap draws the world map of Dossier: country shapes from
// Natural Earth in the Equal Earth projection, a choropleth rasterised into
// an image.RGBA of any size, and hit-testing from a pixel to the country
// under it. It is pure Go image code with no GUI toolkit, so the map is
// tested with golden images and benchmarked without a window; the GUI's map
// widget draws a Renderer's output into one canvas.Raster.
//
// Typical use:
//
//	world, err := worldmap.Load()          // once; the World is shared
//	r := worldmap.NewRenderer(world)       // one per widget
//	style := worldmap.LightStyle().Scaled(canvasScale)
//	scale := worldmap.NewScale(maxCount, style.Palette)
//	r.Render(img, view, style, worldmap.Layer{Fill: scale.Fills(counts), Selected: sel})
//	code, ok := world.HitTest(img.Bounds().Size(), view, style, x, y)
//
// The Renderer caches the rasterised geometry of the last size, view and
// style, so re-colouring for new counts or a new selection only composites
// cached coverage spans; a new view or size re-rasterises.
package worldmap
