package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "+"
	} else if n < 0 {
		return "-"
	}
}

func main() {
	fmt.Println(sign(3))
}
