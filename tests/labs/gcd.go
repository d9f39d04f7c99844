package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func isPerfect(n int) bool {
	sum := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			sum += d
			if d*d != n {
				sum += n / d
			}
		}
	}
	return n > 1 && sum == n
}

func digitSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func isArmstrong(n int) bool {
	digits := 0
	for m := n; m > 0; m /= 10 {
		digits++
	}
	sum := 0
	for m := n; m > 0; m /= 10 {
		d := m % 10
		p := 1
		for i := 0; i < digits; i++ {
			p *= d
		}
		sum += p
	}
	return sum == n
}

func main() {
	fmt.Println(gcd(48, 18), gcdRec(48, 18), lcm(4, 6), lcm(21, 6))
	var perfect []int
	for i := 1; i < 10000; i++ {
		if isPerfect(i) {
			perfect = append(perfect, i)
		}
	}
	fmt.Println("perfect:", perfect)
	fmt.Print("armstrong:")
	for i := 1; i < 1000; i++ {
		if isArmstrong(i) {
			fmt.Print(" ", i)
		}
	}
	fmt.Println()
	fmt.Println(digitSum(987654321), digitSum(0))
	fracs := [][2]int{{6, 8}, {12, 30}, {7, 13}, {100, 25}}
	for _, f := range fracs {
		g := gcd(f[0], f[1])
		fmt.Printf("%d/%d = %d/%d\n", f[0], f[1], f[0]/g, f[1]/g)
	}
}
