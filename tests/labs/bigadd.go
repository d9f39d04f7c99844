package main

import (
	"fmt"
	"strings"
)

// add two non-negative decimal numbers given as strings
func add(a, b string) string {
	var result []byte
	carry := 0
	i, j := len(a)-1, len(b)-1
	for i >= 0 || j >= 0 || carry > 0 {
		sum := carry
		if i >= 0 {
			sum += int(a[i] - '0')
			i--
		}
		if j >= 0 {
			sum += int(b[j] - '0')
			j--
		}
		result = append(result, byte('0'+sum%10))
		carry = sum / 10
	}
	for l, r := 0, len(result)-1; l < r; l, r = l+1, r-1 {
		result[l], result[r] = result[r], result[l]
	}
	return string(result)
}

func multiply(a, b string) string {
	if a == "0" || b == "0" {
		return "0"
	}
	digits := make([]int, len(a)+len(b))
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			p := int(a[i]-'0') * int(b[j]-'0')
			sum := p + digits[i+j+1]
			digits[i+j+1] = sum % 10
			digits[i+j] += sum / 10
		}
	}
	var sb strings.Builder
	for _, d := range digits {
		if sb.Len() == 0 && d == 0 {
			continue
		}
		sb.WriteByte(byte('0' + d))
	}
	return sb.String()
}

func factorial(n int) string {
	result := "1"
	for i := 2; i <= n; i++ {
		result = multiply(result, fmt.Sprint(i))
	}
	return result
}

func group(s string) string {
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return strings.Join(parts, ",")
}

func main() {
	fmt.Println(add("999", "1"))
	fmt.Println(add("123456789012345678901234567890", "987654321098765432109876543210"))
	fmt.Println(multiply("12345", "6789"), 12345*6789)
	a, b := "1", "1"
	for i := 3; i <= 100; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println("fib(100) =", b)
	f := factorial(30)
	fmt.Println("30! =", f, "digits:", len(f))
	fmt.Println(group(f))
	fmt.Println(group("12"), group("123"), group("1234"))
	fmt.Println("2^64 =", multiply("4294967296", "4294967296"))
}
