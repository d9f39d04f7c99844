// Intro course: maps of slices, averages, min/max, formatted tables,
// strconv conversions and their errors.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func parseScores(line string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(line, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("bad score: %v", err)
		}
		out = append(out, n)
	}
	return out, nil
}

func stats(xs []int) (min, max int, avg float64) {
	min, max = xs[0], xs[0]
	sum := 0
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return min, max, float64(sum) / float64(len(xs))
}

func main() {
	input := map[string]string{
		"ann": "90, 85, 77",
		"bob": "60,70",
		"cy":  "88, x1",
	}
	names := []string{"ann", "bob", "cy", "dan"}
	grades := map[string][]int{}
	for _, n := range names {
		line, ok := input[n]
		if !ok {
			fmt.Println(n, "missing")
			continue
		}
		xs, err := parseScores(line)
		if err != nil {
			fmt.Println(n, err)
			continue
		}
		grades[n] = xs
	}
	for _, n := range names {
		if xs, ok := grades[n]; ok {
			lo, hi, avg := stats(xs)
			fmt.Printf("%-4s min=%3d max=%3d avg=%6.2f %v\n", n, lo, hi, avg, xs)
		}
	}
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err, strconv.Itoa(42)+"!", strconv.FormatInt(255, 2))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(len(grades), grades)
}

/* OUTPUT:
cy bad score: strconv.Atoi: parsing "x1": invalid syntax
dan missing
ann  min= 77 max= 90 avg= 84.00 [90 85 77]
bob  min= 60 max= 70 avg= 65.00 [60 70]
3.25 <nil> 42! 11111111
strconv.ParseInt: parsing "99999999999999999999": value out of range
false strconv.ParseBool: parsing "maybe": invalid syntax
2 map[ann:[90 85 77] bob:[60 70]]
*/
