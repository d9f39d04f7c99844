package main

import "fmt"

func main() {
	hours := 40
	rate := 12.5
	pay := hours * rate
	fmt.Println("pay:", pay)
}
