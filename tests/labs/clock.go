package main

import "fmt"

type Clock struct {
	h, m int
}

func New(h, m int) Clock {
	total := (h*60 + m) % (24 * 60)
	if total < 0 {
		total += 24 * 60
	}
	return Clock{total / 60, total % 60}
}

func (c Clock) Add(minutes int) Clock {
	return New(c.h, c.m+minutes)
}

func (c Clock) Subtract(minutes int) Clock {
	return New(c.h, c.m-minutes)
}

func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", c.h, c.m)
}

func (c Clock) Before(o Clock) bool {
	return c.h < o.h || (c.h == o.h && c.m < o.m)
}

type Duration int

func (d Duration) String() string {
	if d < 60 {
		return fmt.Sprintf("%dm", int(d))
	}
	return fmt.Sprintf("%dh%02dm", int(d)/60, int(d)%60)
}

func main() {
	c := New(8, 0)
	fmt.Println("start", c)
	fmt.Println(c.Add(45), c.Add(-45), c.Add(60*24+1))
	fmt.Println(New(25, 70), New(-1, 15), New(0, -1), New(-25, -160))
	fmt.Println(c.Subtract(3000))
	fmt.Println(New(10, 30) == New(34, 30), New(10, 30) == c)
	schedule := []Clock{New(9, 15), New(13, 0), New(7, 45), New(23, 59)}
	earliest := schedule[0]
	for _, s := range schedule[1:] {
		if s.Before(earliest) {
			earliest = s
		}
	}
	fmt.Printf("earliest %v, as struct %+v\n", earliest, struct{ H, M int }{earliest.h, earliest.m})
	for _, d := range []Duration{5, 59, 60, 135, 1440} {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%s|%v|%d\n", Duration(90), Duration(90), Duration(90))
}
