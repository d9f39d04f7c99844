package main

import "fmt"

type Node struct {
	Value      int
	Prev, Next *Node
}

type List struct {
	Head, Tail *Node
	Size       int
}

func (l *List) PushBack(v int) {
	n := &Node{Value: v}
	if l.Tail == nil {
		l.Head = n
		l.Tail = n
	} else {
		n.Prev = l.Tail
		l.Tail.Next = n
		l.Tail = n
	}
	l.Size++
}

func (l *List) PushFront(v int) {
	n := &Node{Value: v, Next: l.Head}
	if l.Head != nil {
		l.Head.Prev = n
	} else {
		l.Tail = n
	}
	l.Head = n
	l.Size++
}

func (l *List) Remove(v int) bool {
	for n := l.Head; n != nil; n = n.Next {
		if n.Value == v {
			if n.Prev != nil {
				n.Prev.Next = n.Next
			} else {
				l.Head = n.Next
			}
			if n.Next != nil {
				n.Next.Prev = n.Prev
			} else {
				l.Tail = n.Prev
			}
			l.Size--
			return true
		}
	}
	return false
}

func (l *List) Print() {
	fmt.Print("[")
	for n := l.Head; n != nil; n = n.Next {
		fmt.Print(n.Value)
		if n.Next != nil {
			fmt.Print(" <-> ")
		}
	}
	fmt.Println("] size", l.Size)
}

func (l *List) PrintBackward() {
	for n := l.Tail; n != nil; n = n.Prev {
		fmt.Print(n.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	l.Print()
	l.PrintBackward()
	fmt.Println(l.Remove(30), l.Remove(99))
	l.Remove(5)
	l.Remove(50)
	l.Print()
	l.PrintBackward()
}
