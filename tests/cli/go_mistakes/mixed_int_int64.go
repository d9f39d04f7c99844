package main

import "fmt"

func main() {
	var a int = 1
	var b int64 = 2
	c := a + b
	fmt.Println(c)
}
