package main

import "fmt"

func main() {
	s := "one"
	switch s {
	case 1:
		fmt.Println("1")
	}
}
