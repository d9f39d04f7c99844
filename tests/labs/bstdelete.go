package main

import "fmt"

type Node struct {
	Key         int
	Left, Right *Node
}

func insert(root *Node, key int) *Node {
	if root == nil {
		return &Node{Key: key}
	}
	if key < root.Key {
		root.Left = insert(root.Left, key)
	} else if key > root.Key {
		root.Right = insert(root.Right, key)
	}
	return root
}

func minNode(n *Node) *Node {
	for n.Left != nil {
		n = n.Left
	}
	return n
}

func deleteKey(root *Node, key int) *Node {
	if root == nil {
		return nil
	}
	switch {
	case key < root.Key:
		root.Left = deleteKey(root.Left, key)
	case key > root.Key:
		root.Right = deleteKey(root.Right, key)
	default:
		if root.Left == nil {
			return root.Right
		}
		if root.Right == nil {
			return root.Left
		}
		succ := minNode(root.Right)
		root.Key = succ.Key
		root.Right = deleteKey(root.Right, succ.Key)
	}
	return root
}

func inorder(n *Node, out []int) []int {
	if n == nil {
		return out
	}
	out = inorder(n.Left, out)
	out = append(out, n.Key)
	return inorder(n.Right, out)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Node
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	fmt.Println("inorder:", inorder(root, nil))
	fmt.Println("height:", height(root))

	for _, k := range []int{20, 30, 50, 99} {
		root = deleteKey(root, k)
		fmt.Printf("after deleting %d: %v (root %d, height %d)\n", k, inorder(root, nil), root.Key, height(root))
	}
}
