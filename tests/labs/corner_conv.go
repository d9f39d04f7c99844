// corner_conv: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []float64{0, 1, -1.5, 3.14159265, 1e21, 1e-7, 123456789, 0.1 + 0.2} {
		fmt.Print(strconv.FormatFloat(f, 'f', -1, 64), " ", strconv.FormatFloat(f, 'e', 3, 64), " ", strconv.FormatFloat(f, 'g', -1, 64), "|")
	}
	fmt.Println()
	fmt.Println(strconv.Quote("日本\t\x00"), strconv.FormatBool(true), strconv.FormatInt(1<<40, 36))
	for _, s := range []string{"3.5", "inf", "-Inf", "NaN", "1e400", "abc", "0x1p-2", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0b1011", 0, 64)
	fmt.Println(i, err)
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9223372036854775808))
	n, _ := strconv.Atoi("0042")
	f399 := 3.99
	fmt.Println(n, float64(n)/8, int(f399), int(-f399), uint8(300&0xff), int64(float32(16777217)))
}
