package main

import "fmt"

func main() {
	n := 0
	for true {
		n++
		if n == 3 {
			break
		}
	}
	do {
		n--
	} while (n > 0)
	fmt.Println(n)
}
