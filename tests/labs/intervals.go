package main

import (
	"fmt"
	"sort"
)

type Interval struct {
	Start, End int
}

func (iv Interval) String() string {
	return fmt.Sprintf("[%d,%d]", iv.Start, iv.End)
}

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	sorted := make([]Interval, len(ivs))
	copy(sorted, ivs)
	sort.Slice(sorted, func(i, j int) bool {
		return sorted[i].Start < sorted[j].Start
	})
	out := []Interval{sorted[0]}
	for _, iv := range sorted[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func totalLength(ivs []Interval) (total int) {
	for _, iv := range merge(ivs) {
		total += iv.End - iv.Start
	}
	return
}

func freeSlots(busy []Interval, dayStart, dayEnd int) []Interval {
	var free []Interval
	t := dayStart
	for _, b := range merge(busy) {
		if b.Start > t {
			free = append(free, Interval{t, b.Start})
		}
		if b.End > t {
			t = b.End
		}
	}
	if t < dayEnd {
		free = append(free, Interval{t, dayEnd})
	}
	return free
}

func main() {
	meetings := []Interval{{9, 10}, {14, 16}, {9, 12}, {15, 17}, {18, 19}, {11, 13}}
	fmt.Println("input: ", meetings)
	fmt.Println("merged:", merge(meetings))
	fmt.Println("input unchanged:", meetings[0])
	fmt.Println("busy hours:", totalLength(meetings))
	fmt.Println("free:", freeSlots(meetings, 8, 20))
	fmt.Println(merge(nil) == nil, len(merge([]Interval{{1, 2}})))
}
