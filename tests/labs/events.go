package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Day      int
	Hour     int
	Name     string
	Priority int
}

func main() {
	events := []Event{
		{3, 14, "dentist", 2},
		{1, 9, "lecture", 1},
		{3, 9, "lab", 1},
		{2, 18, "football", 3},
		{1, 9, "coffee", 3},
		{3, 14, "call mom", 1},
		{2, 8, "gym", 2},
	}

	// sort by day, then hour, then priority
	sort.Slice(events, func(i, j int) bool {
		if events[i].Day != events[j].Day {
			return events[i].Day < events[j].Day
		}
		if events[i].Hour != events[j].Hour {
			return events[i].Hour < events[j].Hour
		}
		return events[i].Priority < events[j].Priority
	})

	days := []string{"", "Mon", "Tue", "Wed"}
	current := 0
	for _, e := range events {
		if e.Day != current {
			current = e.Day
			fmt.Println("==", days[current], "==")
		}
		fmt.Printf("%02d:00 %-10s (p%d)\n", e.Hour, e.Name, e.Priority)
	}

	// clashes: same day and hour
	clashes := 0
	for i := 1; i < len(events); i++ {
		if events[i].Day == events[i-1].Day && events[i].Hour == events[i-1].Hour {
			fmt.Printf("clash: %s and %s\n", events[i-1].Name, events[i].Name)
			clashes++
		}
	}
	fmt.Println(clashes, "clashes")
}
