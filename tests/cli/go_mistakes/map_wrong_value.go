package main

import "fmt"

func main() {
	stock := map[string]int{}
	stock["apples"] = "ten"
	stock[3] = 10
	fmt.Println(stock)
}
