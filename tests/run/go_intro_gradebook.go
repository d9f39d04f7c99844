// A gradebook as an intro course writes it: records parsed with
// fmt.Sscanf, a matrix of scores, averages, letter grades, and the
// lines that do not parse reported with the error fmt gives.
package main

import (
	"fmt"
	"strings"
)

type Student struct {
	Name   string
	Scores [3]int
}

func (s Student) Average() float64 {
	total := 0
	for _, sc := range s.Scores {
		total += sc
	}
	return float64(total) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

const data = `alice 90 85 100
bob 70 65 80
carol ninety 80 70
dave 55 60
erin 88 92 79
# comment line
frank 100 100 100`

func main() {
	var class []Student
	for i, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		var s Student
		n, err := fmt.Sscanf(line, "%s %d %d %d", &s.Name, &s.Scores[0], &s.Scores[1], &s.Scores[2])
		if err != nil {
			fmt.Printf("line %d: read %d fields: %v\n", i+1, n, err)
			continue
		}
		class = append(class, s)
	}
	fmt.Printf("%-8s %5s %5s %5s %7s %s\n", "name", "t1", "t2", "t3", "avg", "grade")
	var colTotal [3]int
	for _, s := range class {
		avg := s.Average()
		fmt.Printf("%-8s %5d %5d %5d %7.2f %s\n", s.Name, s.Scores[0], s.Scores[1], s.Scores[2], avg, letter(avg))
		for j, sc := range s.Scores {
			colTotal[j] += sc
		}
	}
	fmt.Print("average ")
	for _, t := range colTotal {
		fmt.Printf(" %5.1f", float64(t)/float64(len(class)))
	}
	fmt.Println()
	var matrix [][]int
	for _, s := range class {
		matrix = append(matrix, s.Scores[:])
	}
	best, who := -1, ""
	for i, row := range matrix {
		for j := range row {
			if row[j] > best {
				best, who = row[j], fmt.Sprintf("%s (test %d)", class[i].Name, j+1)
			}
		}
	}
	fmt.Println("best single score:", best, "by", who)
	var x, y int
	var op string
	if _, err := fmt.Sscanf("12 + 30", "%d %s %d", &x, &op, &y); err == nil && op == "+" {
		fmt.Println("bonus points:", x+y)
	}
}

/* OUTPUT:
line 3: read 1 fields: expected integer
line 4: read 3 fields: EOF
name        t1    t2    t3     avg grade
alice       90    85   100   91.67 A
bob         70    65    80   71.67 C
erin        88    92    79   86.33 B
frank      100   100   100  100.00 A
average   87.0  85.5  89.8
best single score: 100 by alice (test 1)
bonus points: 42
*/
