package main

import "fmt"

type ListNode struct {
	Val  int
	Next *ListNode
}

func fromSlice(nums []int) *ListNode {
	var head, tail *ListNode
	for _, n := range nums {
		node := &ListNode{Val: n}
		if head == nil {
			head = node
		} else {
			tail.Next = node
		}
		tail = node
	}
	return head
}

func (l *ListNode) String() string {
	s := "["
	for n := l; n != nil; n = n.Next {
		s += fmt.Sprint(n.Val)
		if n.Next != nil {
			s += " -> "
		}
	}
	return s + "]"
}

func reverse(head *ListNode) *ListNode {
	var prev *ListNode
	cur := head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	return prev
}

func reverseRec(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	newHead := reverseRec(head.Next)
	head.Next.Next = head
	head.Next = nil
	return newHead
}

func length(head *ListNode) int {
	count := 0
	for ; head != nil; head = head.Next {
		count++
	}
	return count
}

func middle(head *ListNode) *ListNode {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow
}

func main() {
	list := fromSlice([]int{1, 2, 3, 4, 5, 6, 7})
	fmt.Println("original:", list)
	fmt.Println("length:", length(list), "middle:", middle(list).Val)
	list = reverse(list)
	fmt.Println("reversed:", list)
	list = reverseRec(list)
	fmt.Println("back again:", list)
	var empty *ListNode
	fmt.Println("empty reversed:", reverse(empty) == nil)
	single := fromSlice([]int{42})
	fmt.Println("single:", reverseRec(single))
}
