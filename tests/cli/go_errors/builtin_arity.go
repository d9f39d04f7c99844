package main

func main() {
	m := map[string]int{}
	delete(m)
	a := 1
	_ = len(a, a)
	b := []int{}
	copy(b)
	c := 2
	panic(c, c)
	d := 3
	_ = new(int, d)
	_ = cap()
}
