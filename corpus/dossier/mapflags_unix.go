//go:build unix && !linux

package dossier

import "syscall"

// mapFlags share the file's pages with the page cache.
const mapFlags = syscall.MAP_SHARED
