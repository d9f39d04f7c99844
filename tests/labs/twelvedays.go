package main

import "fmt"

var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth"}

func gifts(day int) {
	switch day {
	case 6:
		fmt.Println("  six geese a-laying,")
		fallthrough
	case 5:
		fmt.Println("  five golden rings,")
		fallthrough
	case 4:
		fmt.Println("  four calling birds,")
		fallthrough
	case 3:
		fmt.Println("  three French hens,")
		fallthrough
	case 2:
		fmt.Println("  two turtle doves, and")
		fallthrough
	case 1:
		fmt.Println("  a partridge in a pear tree.")
	default:
		fmt.Println("  nothing")
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		if c >= 'a' && c <= 'z' {
			return "consonant"
		}
		return "other"
	}
}

func main() {
	for d := 1; d <= 6; d++ {
		fmt.Printf("On the %s day of Christmas my true love gave to me:\n", ordinals[d-1])
		gifts(d)
	}
	gifts(0)
	for _, s := range []int{95, 83, 71, 65, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	word := "go fun!"
	for i := 0; i < len(word); i++ {
		fmt.Printf("%c:%s ", word[i], kind(word[i]))
	}
	fmt.Println()
	switch x := 7; {
	case x > 5:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("(fell through)")
	case x > 0:
		fmt.Println("positive")
	}
}
