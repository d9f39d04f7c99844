package main

import "fmt"

func main() {
	var ages map[string]int
	ages.Set("bob", 12)
	fmt.Println(ages)
}
