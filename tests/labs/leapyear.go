package main

import "fmt"

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

var monthNames = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// dayOfWeek uses Zeller's congruence: 0 = Saturday
func dayOfWeek(d, m, y int) int {
	if m < 3 {
		m += 12
		y--
	}
	k := y % 100
	j := y / 100
	return (d + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Println(y, isLeap(y))
	}
	total := 0
	for m := 1; m <= 12; m++ {
		total += daysIn(m, 2024)
	}
	fmt.Println("days in 2024:", total)
	days := []string{"Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	fmt.Println("1 January 2000 was a", days[dayOfWeek(1, 1, 2000)])
	fmt.Println("20 July 1969 was a", days[dayOfWeek(20, 7, 1969)])
	// a calendar page
	m, y := 2, 2024
	fmt.Printf("   %s %d\n", monthNames[m-1], y)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	start := (dayOfWeek(1, m, y) + 6) % 7
	for i := 0; i < start; i++ {
		fmt.Print("   ")
	}
	for d := 1; d <= daysIn(m, y); d++ {
		fmt.Printf("%2d ", d)
		if (start+d)%7 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
}
