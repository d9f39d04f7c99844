package main

import "fmt"

func main() {
	name := "Bo"
	fmt.Println("hi" name)
}
