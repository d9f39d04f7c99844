package main

import "fmt"

type Item struct{ qty int }

func main() {
	it := Item{}
	it.qty = "7"
	it.qty += 1.5
	fmt.Println(it)
}
