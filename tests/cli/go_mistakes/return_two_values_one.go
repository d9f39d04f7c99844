package main

import "fmt"

func pair() (int, int) {
	return 1
}

func main() {
	fmt.Println(pair())
}
