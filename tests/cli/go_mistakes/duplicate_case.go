package main

import "fmt"

func dayName(d int) string {
	switch d {
	case 1:
		return "Monday"
	case 2:
		return "Tuesday"
	case 3:
		return "Wednesday"
	case 2:
		return "Thursday"
	}
	return "?"
}

func main() {
	fmt.Println(dayName(2))
}
