package main

import (
	"fmt"
	"sort"
)


func union(a, b map[int]bool) map[int]bool {
	out := map[int]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func intersect(a, b map[int]bool) map[int]bool {
	out := map[int]bool{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

func sorted(s map[int]bool) []int {
	keys := []int{}
	for k := range s {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

func main() {
	evens := map[int]bool{}
	primes := map[int]bool{2: true, 3: true, 5: true, 7: true, 11: true, 13: true}
	for i := 0; i <= 14; i += 2 {
		evens[i] = true
	}
	fmt.Println("evens:", sorted(evens))
	fmt.Println("union:", sorted(union(evens, primes)))
	fmt.Println("both:", sorted(intersect(evens, primes)))
	nums := []int{4, 8, 4, 15, 16, 23, 42, 8, 15}
	seen := map[int]bool{}
	dups := []int{}
	for _, n := range nums {
		if seen[n] {
			dups = append(dups, n)
		}
		seen[n] = true
	}
	fmt.Println("duplicates:", dups, "distinct:", len(seen))
	delete(seen, 4)
	fmt.Println(seen[4], len(seen), seen)
}
