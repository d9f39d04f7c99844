package main

import "fmt"

func main() {
	var b byte = 256
	var c byte = 'a'
	c = c + 200
	fmt.Println(b, c, 300+c)
}
