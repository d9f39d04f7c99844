package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else {
		t.Right = insert(t.Right, k)
	}
	return t
}

func inorder(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	out = append(out, t.Key)
	return inorder(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, k)
	}
	fmt.Println(inorder(root, nil))
	fmt.Println("height:", height(root))
}
