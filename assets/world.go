package assets

import _ "embed"

// WorldShapes is the country-shape file that gui/worldmap reads: Natural Earth
// admin-0 countries, converted by `go run ./assets/worldgen`. world.README.md
// names its sources, their licences and its format.
//
//go:embed world.bin
var WorldShapes []byte
