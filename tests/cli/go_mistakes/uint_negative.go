package main

import "fmt"

func main() {
	var count uint = -1
	var small int8 = 200
	fmt.Println(count, small)
}
