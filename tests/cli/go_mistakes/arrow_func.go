package main

import "fmt"

func main() {
	double := (x int) => x * 2
	fmt.Println(double(4))
}
