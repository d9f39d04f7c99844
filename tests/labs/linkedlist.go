package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Size int
}

func (l *List) PushFront(v int) {
	l.Head = &Node{Val: v, Next: l.Head}
	l.Size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.Head = prev
}

func (l *List) Sum() int {
	total := 0
	for n := l.Head; n != nil; n = n.Next {
		total += n.Val
	}
	return total
}

func (l *List) Print() {
	for n := l.Head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
}

func main() {
	l := &List{}
	for i := 0; i < 6; i++ {
		l.PushFront(i)
	}
	l.Print()
	l.Reverse()
	l.Print()
	fmt.Printf("size=%d sum=%d\n", l.Size, l.Sum())
}
