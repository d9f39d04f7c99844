package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Luhn check for credit card numbers
func valid(number string) bool {
	number = strings.ReplaceAll(number, " ", "")
	if len(number) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(number) - 1; i >= 0; i-- {
		c := rune(number[i])
		if !unicode.IsDigit(c) {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func checkDigit(partial string) int {
	for d := 0; d <= 9; d++ {
		if valid(partial + string(rune('0'+d))) {
			return d
		}
	}
	return -1
}

func main() {
	cards := []string{
		"4539 3195 0343 6467",
		"8273 1232 7352 0569",
		"059",
		"0",
		"055 444 285",
		"4111 1111 1111 1111",
		"12a4",
	}
	for _, c := range cards {
		fmt.Printf("%-22q valid=%t\n", c, valid(c))
	}
	fmt.Println("check digit for 7992739871:", checkDigit("7992739871"))
}
