package main

import "fmt"

func main() {
	total := 10
	avg := total / 0
	fmt.Println(avg)
}
