package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	var head *Node
	for i := 0; i < 1_000_000; i++ {
		head = &Node{val: i, next: head}
	}
	sum := 0
	for p := head; p != nil; p = p.next {
		sum += p.val
	}
	fmt.Println(sum)
}
