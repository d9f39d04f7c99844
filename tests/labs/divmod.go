package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func reduce(num, den int) (int, int) {
	g := gcd(num, den)
	return num / g, den / g
}

func main() {
	q, r := divmod(47, 6)
	fmt.Println("47 / 6 =", q, "remainder", r)
	n, d := reduce(42, 56)
	fmt.Printf("42/56 = %d/%d\n", n, d)
	fmt.Println(gcd(270, 192))
}
