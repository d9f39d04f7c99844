package main

import (
	"fmt"
	"math"
)

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	sum := 0.0
	for _, x := range xs {
		sum += (x - m) * (x - m)
	}
	return math.Sqrt(sum / float64(len(xs)))
}

func minMax(xs []float64) (float64, float64) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
	}
	return lo, hi
}

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	lo, hi := minMax(data)
	fmt.Println("mean:", mean(data))
	fmt.Println("stddev:", stddev(data))
	fmt.Println("min:", lo, "max:", hi)
	fmt.Printf("%.3f\n", math.Pi)
}
