package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	letters := []byte(strings.ToLower(w))
	for i := 1; i < len(letters); i++ {
		for j := i; j > 0 && letters[j] < letters[j-1]; j-- {
			letters[j], letters[j-1] = letters[j-1], letters[j]
		}
	}
	return string(letters)
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act",
		"tac", "dog", "god", "bird", "inlets"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	keys := []string{}
	for k, g := range groups {
		if len(g) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		fmt.Printf("%s -> %v\n", k, g)
	}
	fmt.Println(len(groups), "groups,", len(keys), "with anagrams")
}
