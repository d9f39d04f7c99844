package main

import "fmt"

type Comparer interface {
	Less(other Comparer) bool
}

type Student struct {
	Name  string
	Grade int
}

func (s Student) Less(other Comparer) bool {
	o := other.(Student)
	if s.Grade != o.Grade {
		return s.Grade > o.Grade
	}
	return s.Name < o.Name
}

func sortAll(items []Comparer) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Less(items[j-1]); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

func main() {
	class := []Comparer{
		Student{"Ann", 85},
		Student{"Bob", 92},
		Student{"Cid", 85},
		Student{"Dee", 70},
	}
	sortAll(class)
	for i, c := range class {
		s := c.(Student)
		fmt.Printf("%d. %s %d\n", i+1, s.Name, s.Grade)
	}
}
