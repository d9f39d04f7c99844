package main

import (
	"fmt"
	"strings"
)

func permutations(nums []int) [][]int {
	if len(nums) <= 1 {
		return [][]int{append([]int{}, nums...)}
	}
	var result [][]int
	for i := range nums {
		rest := make([]int, 0, len(nums)-1)
		rest = append(rest, nums[:i]...)
		rest = append(rest, nums[i+1:]...)
		for _, p := range permutations(rest) {
			result = append(result, append([]int{nums[i]}, p...))
		}
	}
	return result
}

func permuteString(prefix, rest string, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, prefix)
		return
	}
	for i := 0; i < len(rest); i++ {
		permuteString(prefix+string(rest[i]), rest[:i]+rest[i+1:], out)
	}
}

func subsets(items []string) [][]string {
	result := [][]string{{}}
	for _, it := range items {
		n := len(result)
		for i := 0; i < n; i++ {
			s := append([]string{}, result[i]...)
			s = append(s, it)
			result = append(result, s)
		}
	}
	return result
}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), "permutations of [1 2 3]:")
	for _, p := range ps {
		fmt.Println(" ", p)
	}
	fmt.Println("4! =", factorial(4), "and we got", len(permutations([]int{1, 2, 3, 4})))

	var words []string
	permuteString("", "abc", &words)
	fmt.Println(strings.Join(words, ","))

	for _, s := range subsets([]string{"x", "y", "z"}) {
		fmt.Printf("{%s} ", strings.Join(s, " "))
	}
	fmt.Println()
}
