package main

import "fmt"

func find(names []string, n string) string {
	for _, x := range names {
		if x == n {
			return x
		}
	}
	return nil
}

func main() {
	fmt.Println(find([]string{"a"}, "b"))
}
