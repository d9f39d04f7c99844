package main

import (
	"fmt"
	"strings"
)

var monthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if isLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

// weekday returns 0 for Sunday using Zeller's congruence
func weekday(y, m, d int) int {
	if m < 3 {
		m += 12
		y--
	}
	k := y % 100
	j := y / 100
	h := (d + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
	return (h + 6) % 7
}

func dayOfYear(y, m, d int) int {
	total := d
	for i := 1; i < m; i++ {
		total += daysIn(i, y)
	}
	return total
}

func printMonth(year, month int) {
	title := fmt.Sprintf("%s %d", monthNames[month-1], year)
	pad := (20 - len(title)) / 2
	fmt.Println(strings.Repeat(" ", pad) + title)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	start := weekday(year, month, 1)
	fmt.Print(strings.Repeat("   ", start))
	col := start
	for d := 1; d <= daysIn(month, year); d++ {
		fmt.Printf("%2d", d)
		col++
		if col == 7 {
			fmt.Println()
			col = 0
		} else {
			fmt.Print(" ")
		}
	}
	if col != 0 {
		fmt.Println()
	}
}

func main() {
	printMonth(2024, 2)
	fmt.Println()
	printMonth(2023, 10)
	days := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	dates := [][3]int{{1969, 7, 20}, {2000, 1, 1}, {2024, 12, 25}, {1900, 3, 1}}
	for _, dt := range dates {
		fmt.Printf("%04d-%02d-%02d is a %s, day %d of the year\n", dt[0], dt[1], dt[2],
			days[weekday(dt[0], dt[1], dt[2])], dayOfYear(dt[0], dt[1], dt[2]))
	}
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Println(y, "leap:", isLeap(y))
	}
}
