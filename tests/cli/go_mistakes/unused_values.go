package main

type Point struct{ X, Y int }

func main() {
	s := []int{1}
	p := &Point{1, 2}
	arr := [2]int{}
	len(s)
	append(s, 1)
	new(int)
	s[0]
	p.X
	*p
	arr[1]
	s[0] + 1
}
