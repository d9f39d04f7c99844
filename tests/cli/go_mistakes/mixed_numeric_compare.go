package main

import "fmt"

func main() {
	var count int = 3
	var limit int64 = 5
	if count < limit {
		fmt.Println("less")
	}
}
