package main

import "fmt"

type Card struct {
	Rank int
	Suit string
}

func (c *Card) String() string {
	names := []string{"", "A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	return names[c.Rank] + c.Suit
}

func (c *Card) Value() int {
	switch {
	case c.Rank == 1:
		return 11
	case c.Rank >= 10:
		return 10
	default:
		return c.Rank
	}
}

func handValue(hand []*Card) int {
	total, aces := 0, 0
	for _, c := range hand {
		total += c.Value()
		if c.Rank == 1 {
			aces++
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total
}

func main() {
	hand := []*Card{{1, "♠"}, {13, "♥"}}
	fmt.Println(hand, handValue(hand))
	hand = append(hand, &Card{1, "♦"})
	fmt.Println(hand, handValue(hand))
	fmt.Printf("first card: %v\n", hand[0])
}
