package main

import "fmt"

type Grade struct {
	name  string
	score int
}

func main() {
	ages := map[string]int{"ann": 20, "bob": 21, "ann": 22}
	g := Grade{name: "ann", score: 3, name: "bob"}
	var v interface{} = g
	switch v.(type) {
	case int:
	case string, int:
	}
	switch g.score {
	case 1, 2:
	case 3, 1:
	}
	fmt.Println(ages, g)
}
