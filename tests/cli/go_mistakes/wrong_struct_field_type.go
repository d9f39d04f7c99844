package main

import "fmt"

type Book struct {
	title string
	pages int
}

func main() {
	b := Book{title: "Go", pages: "300"}
	b.pages = 3.5
	fmt.Println(b)
}
