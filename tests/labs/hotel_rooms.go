package main

import (
	"errors"
	"fmt"
)

type RoomType string

const (
	Single RoomType = "single"
	Double RoomType = "double"
	Suite  RoomType = "suite"
)

type Room struct {
	Number int
	Type   RoomType
	Rate   int
	Guest  string
	Nights int
}

type Hotel struct {
	Name  string
	Rooms [6]Room
	log   []string
}

var ErrFull = errors.New("no room available")

type BookingError struct {
	Guest string
	Want  RoomType
}

func (e BookingError) Error() string {
	return fmt.Sprintf("cannot book %s room for %s", e.Want, e.Guest)
}

func (h *Hotel) Book(guest string, t RoomType, nights int) (int, error) {
	if nights <= 0 {
		return 0, BookingError{guest, t}
	}
	for i := range h.Rooms {
		r := &h.Rooms[i]
		if r.Type == t && r.Guest == "" {
			r.Guest, r.Nights = guest, nights
			h.log = append(h.log, fmt.Sprintf("in  %d %s", r.Number, guest))
			return r.Number, nil
		}
	}
	return 0, fmt.Errorf("%v: %w", BookingError{guest, t}, ErrFull)
}

func (h *Hotel) Checkout(num int) (int, bool) {
	for i, r := range h.Rooms {
		if r.Number == num && r.Guest != "" {
			bill := r.Rate * r.Nights
			h.log = append(h.log, fmt.Sprintf("out %d %s %d", num, r.Guest, bill))
			h.Rooms[i].Guest = ""
			h.Rooms[i].Nights = 0
			return bill, true
		}
	}
	return 0, false
}

func (h Hotel) Occupancy() (used, total int) {
	for _, r := range h.Rooms {
		if r.Guest != "" {
			used++
		}
	}
	return used, len(h.Rooms)
}

func main() {
	h := &Hotel{Name: "Grand"}
	types := []RoomType{Single, Single, Double, Double, Double, Suite}
	for i, t := range types {
		h.Rooms[i] = Room{Number: 101 + i, Type: t, Rate: 50 + 30*i}
	}
	for _, g := range []struct {
		name   string
		t      RoomType
		nights int
	}{{"ann", Single, 2}, {"bo", Suite, 1}, {"cy", Suite, 3}, {"di", Single, 1}, {"ed", Single, 4}, {"fi", Double, 2}, {"gil", Double, 0}} {
		n, err := h.Book(g.name, g.t, g.nights)
		if err != nil {
			var be BookingError
			fmt.Println("failed:", err, errors.As(err, &be), errors.Is(err, ErrFull))
			continue
		}
		fmt.Println(g.name, "->", n)
	}
	u, t := h.Occupancy()
	fmt.Printf("occupancy %d/%d\n", u, t)
	for _, n := range []int{106, 101, 101, 999} {
		bill, ok := h.Checkout(n)
		fmt.Println("checkout", n, bill, ok)
	}
	snapshot := *h
	h.Rooms[0].Guest = "zed"
	fmt.Println(snapshot.Rooms[0].Guest == "", len(snapshot.log), h.Rooms[0])
	for _, l := range h.log {
		fmt.Println(l)
	}
}
