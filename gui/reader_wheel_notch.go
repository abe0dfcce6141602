//go:build !darwin && !js && !wasm

package gui

// wheelNotch is the distance, in dp, Fyne's desktop driver reports for one
// notch of a mouse wheel on Linux, Windows and the BSDs: its scrollSpeed.
const wheelNotch = 25
