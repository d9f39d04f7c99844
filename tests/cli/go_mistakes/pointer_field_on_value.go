package main

import "fmt"

type Node struct {
	value int
	next  *Node
}

func main() {
	n := Node{1, nil}
	n.next = Node{2, nil}
	fmt.Println(n.next.value)
}
