// Intro course: sort.Slice, sort.Strings, sort.Ints, a struct slice
// sorted two ways, map keys sorted.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
}

func main() {
	students := []Student{{"Maya", 88}, {"Ben", 95}, {"Ana", 88}, {"Zoe", 70}}
	sort.Slice(students, func(i, j int) bool {
		if students[i].Grade != students[j].Grade {
			return students[i].Grade > students[j].Grade
		}
		return students[i].Name < students[j].Name
	})
	for i, s := range students {
		fmt.Printf("%d. %-5s %3d\n", i+1, s.Name, s.Grade)
	}
	names := []string{"pear", "Apple", "fig", "banana"}
	sort.Strings(names)
	fmt.Println(names, strings.Join(names, ","))
	nums := []int{5, 2, 9, 1, 5, 6}
	sort.Ints(nums)
	fmt.Println(nums, sort.SearchInts(nums, 5))
	counts := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	sort.SliceStable(students, func(i, j int) bool { return len(students[i].Name) < len(students[j].Name) })
	fmt.Println(students)
	fmt.Println(counts)
}

/* OUTPUT:
1. Ben    95
2. Ana    88
3. Maya   88
4. Zoe    70
[Apple banana fig pear] Apple,banana,fig,pear
[1 2 5 5 6 9] 2
a=1 b=2 c=3 
[{Ben 95} {Ana 88} {Zoe 70} {Maya 88}]
map[a:1 b:2 c:3]
*/
