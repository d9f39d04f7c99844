package main

import (
	"errors"
	"fmt"
)

type Vehicle interface {
	Plate() string
	Size() int
}

type Car struct{ plate string }
type Motorbike struct{ plate string }
type Bus struct {
	plate string
	seats int
}

func (c Car) Plate() string       { return c.plate }
func (c Car) Size() int           { return 2 }
func (m Motorbike) Plate() string { return m.plate }
func (m Motorbike) Size() int     { return 1 }
func (b *Bus) Plate() string      { return b.plate }
func (b *Bus) Size() int          { return 4 + b.seats/20 }

var ErrFull = errors.New("parking lot is full")

type NotHereError struct {
	Plate string
}

func (e *NotHereError) Error() string {
	return "vehicle " + e.Plate + " is not parked here"
}

type Lot struct {
	capacity int
	used     int
	parked   map[string]Vehicle
	income   int
}

func (l *Lot) Enter(v Vehicle) error {
	if l.used+v.Size() > l.capacity {
		return fmt.Errorf("%s (size %d): %w", v.Plate(), v.Size(), ErrFull)
	}
	l.used += v.Size()
	l.parked[v.Plate()] = v
	return nil
}

func (l *Lot) Leave(plate string, hours int) (int, error) {
	v, ok := l.parked[plate]
	if !ok {
		return 0, &NotHereError{plate}
	}
	delete(l.parked, plate)
	l.used -= v.Size()
	fee := hours * v.Size() * 2
	if _, isBike := v.(Motorbike); isBike {
		fee = hours
	}
	l.income += fee
	return fee, nil
}

func main() {
	lot := &Lot{capacity: 10, parked: map[string]Vehicle{}}
	arrivals := []Vehicle{Car{"AB-123"}, Motorbike{"M-1"}, &Bus{"BUS-9", 50}, Car{"CD-456"}, Car{"EF-789"}}
	for _, v := range arrivals {
		if err := lot.Enter(v); err != nil {
			fmt.Println("refused:", err, errors.Is(err, ErrFull))
		} else {
			fmt.Printf("%T %s parked, used %d/%d\n", v, v.Plate(), lot.used, lot.capacity)
		}
	}
	for _, p := range []string{"M-1", "BUS-9", "ZZ-000", "AB-123"} {
		fee, err := lot.Leave(p, 3)
		var nh *NotHereError
		if errors.As(err, &nh) {
			fmt.Println("error:", err, "plate:", nh.Plate)
			continue
		}
		fmt.Printf("%s paid %d\n", p, fee)
	}
	fmt.Println("income", lot.income, "still parked", len(lot.parked))
}
