package main

import "fmt"

func celsiusToFahrenheit(c float64) float64 {
	return c*9/5 + 32
}

func main() {
	temps := []float64{-40, 0, 37, 100}
	for _, c := range temps {
		fmt.Printf("%6.1fC = %6.1fF\n", c, celsiusToFahrenheit(c))
	}
	fmt.Println(celsiusToFahrenheit(21.5))
}
