package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for _, n := range nums {
		func() {
			if n == 2 {
				break
			}
		}()
		fmt.Println(n)
	}
}
