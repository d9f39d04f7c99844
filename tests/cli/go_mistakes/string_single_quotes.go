package main

import "fmt"

func main() {
	var name string = 'a'
	fmt.Println(name)
}
