package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

const taxRate = 0.0825

func main() {
	cart := []Item{
		{"Milk", 3.49, 2},
		{"Bread", 2.99, 1},
		{"Eggs (dozen)", 4.25, 1},
		{"Apples", 0.5, 6},
		{"Coffee", 11.99, 1},
	}
	line := strings.Repeat("-", 36)
	fmt.Printf("%-14s|%5s|%6s|%8s\n", "Item", "Qty", "Price", "Total")
	fmt.Println(line)
	subtotal := 0.0
	for _, it := range cart {
		total := it.Price * float64(it.Qty)
		subtotal += total
		fmt.Printf("%-14s|%5d|%6.2f|%8.2f\n", it.Name, it.Qty, it.Price, total)
	}
	fmt.Println(line)
	tax := subtotal * taxRate
	fmt.Printf("%-26s %9.2f\n", "Subtotal:", subtotal)
	fmt.Printf("%-26s %9.2f\n", fmt.Sprintf("Tax (%.2f%%):", taxRate*100), tax)
	fmt.Printf("%-26s %9.2f\n", "TOTAL:", subtotal+tax)
	paid := 50.0
	change := paid - (subtotal + tax)
	fmt.Printf("Paid $%.2f, change $%.2f\n", paid, change)
	cents := int(change*100 + 0.5)
	coins := []int{2000, 1000, 500, 100, 25, 10, 5, 1}
	names := []string{"$20", "$10", "$5", "$1", "quarter", "dime", "nickel", "penny"}
	for i, c := range coins {
		if n := cents / c; n > 0 {
			fmt.Printf("%3d x %-8s\n", n, names[i])
			cents %= c
		}
	}
	fmt.Printf("[%8.3f] [%-8.1f] [%+d] [%05d] [%x] [%8s]\n", 3.14159, 2.5, 42, 42, 255, "right")
}
