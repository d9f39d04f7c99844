package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func inorder(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	inorder(t.Left, visit)
	visit(t.Value)
	inorder(t.Right, visit)
}

func preorder(t *Tree) []int {
	if t == nil {
		return nil
	}
	res := []int{t.Value}
	res = append(res, preorder(t.Left)...)
	res = append(res, preorder(t.Right)...)
	return res
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

func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.Value + sum(t.Left) + sum(t.Right)
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	var sorted []int
	inorder(root, func(v int) {
		sorted = append(sorted, v)
	})
	fmt.Println("inorder:", sorted)
	fmt.Println("preorder:", preorder(root))
	fmt.Println("height:", height(root))
	fmt.Println("sum:", sum(root))
	count := 0
	inorder(root, func(v int) {
		if v%2 == 0 {
			count++
		}
	})
	fmt.Println("even values:", count)
}
