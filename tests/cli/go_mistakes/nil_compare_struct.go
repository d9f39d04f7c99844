package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	var n Node
	if n == nil {
		fmt.Println("empty")
	}
}
