package main

import "fmt"

func main() {
	day := 2
	switch day {
	case 1
		fmt.Println("Mon")
	case 2:
		fmt.Println("Tue")
	}
}
