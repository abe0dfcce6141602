package dossier

import "syscall"

// mapFlags share the file's pages with the page cache and fault them in at
// once: Open reads every page for its checksums, and one pass in the
// kernel costs less than a fault per page.
const mapFlags = syscall.MAP_SHARED | syscall.MAP_POPULATE
