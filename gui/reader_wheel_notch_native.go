//go:build darwin || js || wasm

package gui

// wheelNotch is 0 where the reader leaves the wheel's distance alone. On
// macOS the system scales the wheel itself, with its own acceleration, and
// trackpads report pixels that already match the finger. In the browser the
// distance depends on the browser's delta mode, and Fyne accelerates large
// steps: a Chrome notch (a deltaY of 100 px) becomes 100 × 10 × 0.2 = 200 dp,
// Firefox's 3 lines 0.6 dp, so no single factor suits every browser.
const wheelNotch = 0
