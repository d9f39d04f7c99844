package main

import "fmt"

func main() {
	for i in range(5) {
		fmt.Println(i)
	}
}
