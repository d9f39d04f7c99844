package main

import "fmt"

func main() {
	var done bool = 0
	found := false
	found = 1
	fmt.Println(done, found)
}
