package main

import (
	"fmt"
	"sort"
	"strings"
)

// Weather station lab: readings in Celsius, reported in both scales.
// Degrees is the name the older code used; it is an alias now.

type Celsius float64
type Fahrenheit float64

type Degrees = Celsius

func (c Degrees) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading = struct {
	Station string
	Temp    Degrees
}

type Log = []Reading

func parse(line string) (Reading, bool) {
	parts := strings.Split(line, ":")
	if len(parts) != 2 {
		return Reading{}, false
	}
	var v float64
	neg := false
	s := strings.TrimSpace(parts[1])
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	frac := 0.0
	scale := 1.0
	for _, r := range s {
		switch {
		case r == '.':
			scale = 0.1
		case r >= '0' && r <= '9' && scale == 1:
			v = v*10 + float64(r-'0')
		case r >= '0' && r <= '9':
			frac += float64(r-'0') * scale
			scale /= 10
		default:
			return Reading{}, false
		}
	}
	v += frac
	if neg {
		v = -v
	}
	return Reading{strings.TrimSpace(parts[0]), Degrees(v)}, true
}

func stats(log Log) (lo, hi, mean Celsius) {
	lo, hi = log[0].Temp, log[0].Temp
	var sum Celsius
	for _, r := range log {
		if r.Temp < lo {
			lo = r.Temp
		}
		if r.Temp > hi {
			hi = r.Temp
		}
		sum += r.Temp
	}
	return lo, hi, sum / Celsius(len(log))
}

func main() {
	input := []string{"Oslo: -3.5", "Cairo: 31.2", "Lima: 18", "bad line", "Quito: 14.25", "Nome: x"}
	var log Log
	for _, line := range input {
		r, ok := parse(line)
		if !ok {
			fmt.Printf("skipping %q\n", line)
			continue
		}
		log = append(log, r)
	}
	sort.Slice(log, func(i, j int) bool { return log[i].Temp < log[j].Temp })
	for _, r := range log {
		fmt.Printf("%-6s %8v %6.1f°F\n", r.Station, r.Temp, float64(r.Temp.ToF()))
	}
	lo, hi, mean := stats(log)
	fmt.Println("low", lo, "high", hi, "mean", mean)
	var d Degrees = 100
	fmt.Println(d, d.ToF(), d.ToF().ToC() == d)
	fmt.Printf("%T %T %v\n", d, log[0], log[0])
}
