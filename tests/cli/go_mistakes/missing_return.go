package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
}

func main() {
	fmt.Println(grade(85))
}
