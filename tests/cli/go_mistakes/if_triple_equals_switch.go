package main

import "fmt"

func main() {
	a := 3
	switch a !== 4 {
	case true:
		fmt.Println("not four")
	}
}
