//go:build js

package gui

import "errors"

// The browser keeps preferences in localStorage, whose writes are atomic:
// there is no file to copy to, and New is given no folder for one.

func readFile(string) ([]byte, error) { return nil, errors.New("no files in the browser") }

func writeFileAtomic(string, []byte) error { return nil }

func removeStaleTemps(string, string) {}
