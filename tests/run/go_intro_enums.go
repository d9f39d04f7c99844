// Intro course: iota enums with String methods, bit flags, switch forms with fallthrough, labeled break/continue, goto.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return "Weekday(" + fmt.Sprint(int(d)) + ")"
	}
	return names[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %q %x\n", Friday, Friday, Friday, Friday, Friday)
	fmt.Println(KB, MB, GB, float64(GB)/float64(MB))
	fmt.Println(Read|Exec, Write, Perm(7), Read|Write|Exec == 7)
	fmt.Printf("%v %d %08b\n", Read|Write, Read|Write, Read|Write)
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch d := Wednesday; d {
	case Saturday, Sunday:
		fmt.Println("weekend")
	case Wednesday:
		fmt.Println("midweek")
		fallthrough
	case Thursday:
		fmt.Println("almost there")
	default:
		fmt.Println("weekday")
	}
	x := 5
	switch x {
	}
	switch {
	case x > 3:
		fmt.Println(">3")
		if x > 4 {
			break
		}
		fmt.Println("unreached")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
}

/* OUTPUT:
Sun Mon Tue Wed Thu Fri Sat Weekday(7) 
Fri 5 Fri "Fri" 467269
1024 1.048576e+06 1.073741824e+09 1024
r-x -w- rwx true
rw- 3 00000011
negative zero even odd 
midweek
almost there
>3
0 0;0 1;1 0;1 1;
goto0 goto1 goto2 
*/
