package main

import "fmt"

func main() {
	n := 5
	for n {
		fmt.Println(n)
		n--
	}
	if n % 2 {
		fmt.Println("odd")
	}
}
