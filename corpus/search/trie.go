package search

import "unicode/utf8"

// trie holds a set of terms for typo search. Its nodes are stored in
// preorder: node 0 is the root, a node's children follow it, and a node's
// subtree ends at its end. That layout needs no child pointers and walks
// memory forwards, which is what makes an edit-distance search over a large
// vocabulary fast.
type trie struct{ nodes []trieNode }

// trieNode is one node; its fields sit together so that visiting a node
// touches one cache line.
type trieNode struct {
	label rune   // the rune on the edge into the node (0 for the root)
	end   uint32 // one past the last node of the node's subtree
	term  int32  // the term that ends at the node, or -1
}

// buildTrie builds a trie of the terms of sorted for which include is true.
// Sorting by bytes sorts UTF-8 by runes, so children come out in rune order
// and terms arrive in depth-first order.
func buildTrie(sorted *sortedStrings, include func(term string) bool) trie {
	t := trie{nodes: []trieNode{{term: -1}}}
	path := []uint32{0} // the nodes from the root to the last inserted term
	var prev, cur []rune
	for i := range sorted.len() {
		s := sorted.at(uint32(i))
		if !include(s) {
			continue
		}
		cur = cur[:0]
		for _, r := range s {
			cur = append(cur, r)
		}
		common := 0
		for common < len(prev) && common < len(cur) && prev[common] == cur[common] {
			common++
		}
		for len(path) > common+1 {
			t.nodes[path[len(path)-1]].end = uint32(len(t.nodes))
			path = path[:len(path)-1]
		}
		for _, r := range cur[common:] {
			path = append(path, uint32(len(t.nodes)))
			t.nodes = append(t.nodes, trieNode{label: r, term: -1})
		}
		t.nodes[path[len(path)-1]].term = int32(i)
		prev, cur = cur, prev
	}
	for _, open := range path {
		t.nodes[open].end = uint32(len(t.nodes))
	}
	return t
}

// maxTrieDepth bounds the rows an edit-distance walk keeps: no analysed term
// is longer than text.MaxTermRunes runes.
const maxTrieDepth = 64

// within calls visit for every term within maxEdits edits (optimal string
// alignment: insert, delete, substitute, swap neighbours) of word, with the
// number of edits. It walks the trie depth first, computing one row of the
// edit-distance table per node, and skips every subtree whose row already
// exceeds maxEdits.
func (t *trie) within(word string, maxEdits int, visit func(term uint32, edits int)) {
	if len(t.nodes) <= 1 || utf8.RuneCountInString(word) > maxTrieDepth || maxEdits < 0 {
		return
	}
	w := []rune(word)
	width := len(w) + 1
	rows := make([]uint8, (maxTrieDepth+1)*width)
	for j := range width {
		rows[j] = uint8(j)
	}
	walk := walker{nodes: t.nodes, w: w, width: width, rows: rows, maxEdits: uint8(maxEdits), visit: visit}
	for child := uint32(1); child < t.nodes[0].end; child = t.nodes[child].end {
		walk.node(child, 1)
	}
}

type walker struct {
	nodes    []trieNode
	w        []rune
	width    int
	rows     []uint8 // row d holds the distances of the node at depth d
	maxEdits uint8
	visit    func(term uint32, edits int)
	labels   [maxTrieDepth + 1]rune // labels[d] is the rune at depth d on the current path
}

// node computes the row of node n at depth. Only the band of cells within
// maxEdits of the diagonal can hold a distance within budget, so only those
// are computed (Ukkonen's cut-off), plus one cell on each side set to "too
// far" for the rows below to read.
func (k *walker) node(n uint32, depth int) {
	if depth > maxTrieDepth {
		return
	}
	w, width, limit := k.w, k.width, int(k.maxEdits)
	node := k.nodes[n]
	c := node.label
	k.labels[depth] = c
	row := k.rows[depth*width : (depth+1)*width]
	prev := k.rows[(depth-1)*width : depth*width]
	lo, hi := max(0, depth-limit), min(width-1, depth+limit)
	if lo > hi {
		return // the term is already longer than the word plus the budget
	}
	tooFar := k.maxEdits + 1
	if lo > 0 {
		row[lo-1] = tooFar
	}
	if hi+1 < width {
		row[hi+1] = tooFar
	}
	best := tooFar
	swapFrom := k.labels[depth-1] // a swap puts the parent's rune after this one
	for j := lo; j <= hi; j++ {
		if j == 0 {
			row[0] = uint8(depth)
			best = min(best, uint8(depth))
			continue
		}
		var cost uint8 = 1
		if w[j-1] == c {
			cost = 0
		}
		d := min(prev[j]+1, row[j-1]+1, prev[j-1]+cost)
		if depth > 1 && j > 1 && c == w[j-2] && swapFrom == w[j-1] {
			d = min(d, k.rows[(depth-2)*width+j-2]+1)
		}
		row[j] = d
		best = min(best, d)
	}
	if best > k.maxEdits {
		return
	}
	if node.term >= 0 && hi == width-1 && row[width-1] <= k.maxEdits {
		k.visit(uint32(node.term), int(row[width-1]))
	}
	for child := n + 1; child < node.end; child = k.nodes[child].end {
		k.node(child, depth+1)
	}
}
