package search

// SaveSections is saveSections, for the tests of package search_test.
var SaveSections = saveSections
