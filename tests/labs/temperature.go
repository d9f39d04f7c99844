package main

import "fmt"

// Celsius and Fahrenheit are different types so they can't be mixed up.
type Celsius float64
type Fahrenheit float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) ToFahrenheit() Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func (f Fahrenheit) ToCelsius() Celsius {
	return Celsius((f - 32) * 5 / 9)
}

func (c Celsius) IsFreezing() bool {
	return c <= FreezingC
}

type Reading struct {
	city string
	temp Celsius
}

func average(rs []Reading) Celsius {
	var sum Celsius
	for _, r := range rs {
		sum += r.temp
	}
	return sum / Celsius(len(rs))
}

func main() {
	fmt.Println("Celsius  Fahrenheit")
	for c := Celsius(-20); c <= 40; c += 10 {
		fmt.Printf("%7.1f  %10.1f\n", float64(c), float64(c.ToFahrenheit()))
	}
	readings := []Reading{
		{"Oslo", -3.5},
		{"Madrid", 21},
		{"Cairo", 34.2},
	}
	for _, r := range readings {
		status := "above freezing"
		if r.temp.IsFreezing() {
			status = "freezing"
		}
		fmt.Printf("%-8s %6.1fC %6.1fF %s\n", r.city, float64(r.temp), float64(r.temp.ToFahrenheit()), status)
	}
	avg := average(readings)
	fmt.Printf("average: %.2f\n", float64(avg))
	body := Fahrenheit(98.6)
	fmt.Printf("body temperature: %.1fC\n", float64(body.ToCelsius()))
	fmt.Println("boiling point in F:", float64(BoilingC.ToFahrenheit()))
	fmt.Println("absolute zero in F:", float64(AbsoluteZeroC.ToFahrenheit()))
}
