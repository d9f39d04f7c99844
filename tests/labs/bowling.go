package main

import "fmt"

// score a ten-pin bowling game
func score(rolls []int) (int, error) {
	total := 0
	i := 0
	for frame := 1; frame <= 10; frame++ {
		if i >= len(rolls) {
			return 0, fmt.Errorf("game incomplete at frame %d", frame)
		}
		if rolls[i] == 10 { // strike
			if i+2 >= len(rolls) {
				return 0, fmt.Errorf("strike in frame %d needs two more rolls", frame)
			}
			total += 10 + rolls[i+1] + rolls[i+2]
			i++
		} else {
			if i+1 >= len(rolls) {
				return 0, fmt.Errorf("frame %d is missing a roll", frame)
			}
			frameScore := rolls[i] + rolls[i+1]
			if frameScore > 10 {
				return 0, fmt.Errorf("frame %d has %d pins", frame, frameScore)
			}
			if frameScore == 10 { // spare
				if i+2 >= len(rolls) {
					return 0, fmt.Errorf("spare in frame %d needs a bonus roll", frame)
				}
				total += 10 + rolls[i+2]
			} else {
				total += frameScore
			}
			i += 2
		}
	}
	return total, nil
}

func main() {
	games := map[string][]int{
		"gutter":  make([]int, 20),
		"perfect": {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
		"spares":  {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5},
		"mixed":   {10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1},
		"short":   {3, 4, 10},
		"cheat":   {7, 7},
	}
	order := []string{"gutter", "perfect", "spares", "mixed", "short", "cheat"}
	for _, name := range order {
		s, err := score(games[name])
		if err != nil {
			fmt.Printf("%-8s error: %v\n", name, err)
			continue
		}
		fmt.Printf("%-8s %3d\n", name, s)
	}
}
