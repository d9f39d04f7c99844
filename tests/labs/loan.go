package main

import (
	"fmt"
	"math"
)

func payment(principal, annualRate float64, months int) float64 {
	r := annualRate / 12 / 100
	if r == 0 {
		return principal / float64(months)
	}
	return principal * r / (1 - math.Pow(1+r, float64(-months)))
}

func main() {
	principal := 10000.0
	rate := 6.5
	months := 12
	p := payment(principal, rate, months)
	fmt.Printf("monthly payment: %.2f\n", p)
	balance := principal
	totalInterest := 0.0
	fmt.Printf("%5s %10s %10s %12s\n", "month", "interest", "principal", "balance")
	for m := 1; m <= months; m++ {
		interest := balance * rate / 12 / 100
		princ := p - interest
		balance -= princ
		totalInterest += interest
		fmt.Printf("%5d %10.2f %10.2f %12.2f\n", m, interest, princ, math.Abs(balance))
	}
	fmt.Printf("total interest: %.2f\n", totalInterest)
	fmt.Println(payment(1200, 0, 12))
	compound := 1000.0
	for y := 0; y < 10; y++ {
		compound *= 1.05
	}
	fmt.Println(compound, math.Round(compound*100)/100)
	fmt.Printf("%e %g %v\n", compound, compound, compound)
}
