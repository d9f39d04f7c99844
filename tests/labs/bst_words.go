package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Word        string
	Count       int
}

func insert(t *Tree, w string) *Tree {
	if t == nil {
		return &Tree{Word: w, Count: 1}
	}
	switch {
	case w < t.Word:
		t.Left = insert(t.Left, w)
	case w > t.Word:
		t.Right = insert(t.Right, w)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Find(w string) (*Tree, int) {
	steps := 0
	for t != nil {
		steps++
		if w == t.Word {
			return t, steps
		} else if w < t.Word {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return nil, steps
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("the cat sat on the mat and the dog sat on the log") {
		root = insert(root, w)
	}
	var words []string
	total := 0
	root.Walk(func(n *Tree) {
		words = append(words, fmt.Sprintf("%s:%d", n.Word, n.Count))
		total += n.Count
	})
	fmt.Println(strings.Join(words, " "))
	fmt.Println("total", total, "height", root.Height())
	for _, q := range []string{"dog", "zebra", "the"} {
		n, steps := root.Find(q)
		if n != nil {
			fmt.Println(q, "found after", steps, "count", n.Count)
		} else {
			fmt.Println(q, "missing after", steps)
		}
	}
}
