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

var names = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) Name() string {
	if d < Sunday || d > Saturday {
		return "Unknown"
	}
	return names[d]
}

func (d Weekday) IsWeekend() bool {
	switch d {
	case Saturday, Sunday:
		return true
	}
	return false
}

func (d Weekday) Next() Weekday {
	return (d + 1) % 7
}

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) Human() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.1fGB", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fMB", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fKB", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", int64(s))
}

func main() {
	d := Monday
	for i := 0; i < 8; i++ {
		kind := "weekday"
		if d.IsWeekend() {
			kind = "weekend"
		}
		fmt.Println(int(d), d.Name(), kind)
		d = d.Next()
	}
	fmt.Println(Weekday(9).Name())
	sizes := []Size{512, 2048, 5 * MB, 3*GB + 512*MB}
	for _, s := range sizes {
		fmt.Println(int64(s), s.Human())
	}
	fmt.Println(len(names), KB, MB)
}
