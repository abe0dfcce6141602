//go:build !js

package gui

import "context"

// waitForFirstFrame has nothing to wait for outside the browser, where the
// window's drawing has a thread of its own.
func waitForFirstFrame(context.Context) error { return nil }

// startCollections are none outside the browser: the desktop starts with
// New, which reopens the folder or dossier file remembered (see
// collectionAt).
func (m *MainWindow) startCollections() []func() collection { return nil }

// started has nothing to add outside the browser.
func (m *MainWindow) started(collection, bool) {}
