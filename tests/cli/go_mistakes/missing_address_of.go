package main

import "fmt"

func increment(p *int) {
	*p++
}

func main() {
	count := 0
	increment(count)
	fmt.Println(count)
}
