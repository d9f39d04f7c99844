package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	for i, name, ok := range names {
		fmt.Println(i, name, ok)
	}
}
