package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Age   int
	Score float64
}

func average(students []Student) float64 {
	if len(students) == 0 {
		return 0
	}
	sum := 0.0
	for _, s := range students {
		sum += s.Score
	}
	return sum / float64(len(students))
}

func best(students []Student) (Student, bool) {
	if len(students) == 0 {
		return Student{}, false
	}
	b := students[0]
	for _, s := range students[1:] {
		if s.Score > b.Score {
			b = s
		}
	}
	return b, true
}

func main() {
	class := []Student{
		{"Alice", 20, 88.5},
		{"Bob", 22, 72},
		{"Carol", 19, 95.25},
		{"Dan", 21, 72},
		{"Eve", 20, 60.75},
	}
	fmt.Printf("average: %.2f\n", average(class))
	if b, ok := best(class); ok {
		fmt.Println("best:", b.Name, b.Score)
	}
	sort.Slice(class, func(i, j int) bool {
		if class[i].Score != class[j].Score {
			return class[i].Score > class[j].Score
		}
		return class[i].Name < class[j].Name
	})
	for i, s := range class {
		fmt.Printf("%d. %-6s %3d %6.2f\n", i+1, s.Name, s.Age, s.Score)
	}
	sort.Slice(class, func(i, j int) bool { return class[i].Age < class[j].Age })
	fmt.Println(class)
	fmt.Printf("%v\n%+v\n", class[0], class[1])
	_, ok := best(nil)
	fmt.Println(ok)
}
