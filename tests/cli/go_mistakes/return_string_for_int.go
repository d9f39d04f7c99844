package main

import "fmt"

func count() int {
	return "three"
}

func main() {
	fmt.Println(count() + 1)
}
