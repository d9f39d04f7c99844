package main

import (
	"fmt"
	"strings"
)

func mergeSort(words []string) []string {
	if len(words) <= 1 {
		return words
	}
	mid := len(words) / 2
	left := mergeSort(words[:mid])
	right := mergeSort(words[mid:])
	return merge(left, right)
}

func merge(a, b []string) []string {
	result := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if strings.ToLower(a[i]) <= strings.ToLower(b[j]) {
			result = append(result, a[i])
			i++
		} else {
			result = append(result, b[j])
			j++
		}
	}
	result = append(result, a[i:]...)
	result = append(result, b[j:]...)
	return result
}

func isSorted(words []string) bool {
	for i := 1; i < len(words); i++ {
		if strings.ToLower(words[i-1]) > strings.ToLower(words[i]) {
			return false
		}
	}
	return true
}

func main() {
	text := "the Quick brown fox Jumps over the lazy dog and the cat Sat on a mat"
	words := strings.Fields(text)
	fmt.Println("before:", words)
	fmt.Println("sorted?", isSorted(words))
	sorted := mergeSort(words)
	fmt.Println("after: ", sorted)
	fmt.Println("sorted?", isSorted(sorted))
	fmt.Println("original untouched:", words[0], words[1])
	fmt.Println(len(sorted), cap(sorted) >= len(sorted))
	fmt.Println(mergeSort([]string{}), mergeSort([]string{"only"}))
}
