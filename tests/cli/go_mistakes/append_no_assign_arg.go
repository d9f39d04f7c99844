package main

import "fmt"

func main() {
	var list []string
	append(list, "a")
	list.append("b")
	fmt.Println(list)
}
