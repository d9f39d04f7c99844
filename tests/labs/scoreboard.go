package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Board struct {
	names  []string
	scores []int
}

func (b *Board) Add(name string, score int) {
	b.names = append(b.names, name)
	b.scores = append(b.scores, score)
}

func (b *Board) Best() (string, int) {
	best := 0
	for i, s := range b.scores {
		if s > b.scores[best] {
			best = i
		}
	}
	return b.names[best], b.scores[best]
}

var board = &Board{}
var add = board.Add
var out = os.Stdout

func parseLine(line string) (string, int, error) {
	parts := strings.Fields(line)
	if len(parts) != 2 {
		return "", 0, fmt.Errorf("bad line %q", line)
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil {
		return "", 0, err
	}
	return parts[0], n, nil
}

func main() {
	input := []string{"ann 12", "bob 30", "cy x", "dee 25", "oops"}
	for _, line := range input {
		name, score, err := parseLine(line)
		if err != nil {
			fmt.Fprintln(out, "skip:", err)
			continue
		}
		add(name, score)
	}
	fmt.Println(board.Best())
	fmt.Fprintf(out, "%d players\n", len(board.names))
	fmt.Println(parseLine("eve 7"))
}
