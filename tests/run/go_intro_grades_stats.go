// Intro course: grade statistics: a map of slices, sorted keys, variadic
// helpers with several results, a custom error type with errors.As, a
// type switch over an interface, closures keeping state, defer/recover,
// runes of names, a func-typed conversion.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ScoreError struct {
	Student string
	Score   int
}

func (e *ScoreError) Error() string {
	return fmt.Sprintf("bad score %d for %s", e.Score, e.Student)
}

type Grader func(int) string

func letter(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func stats(xs ...int) (min, max int, mean float64) {
	if len(xs) == 0 {
		return 0, 0, 0
	}
	min, max = xs[0], xs[0]
	sum := 0
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return min, max, float64(sum) / float64(len(xs))
}

func record(book map[string][]int, name string, score int) error {
	if score < 0 || score > 100 {
		return &ScoreError{name, score}
	}
	book[name] = append(book[name], score)
	return nil
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + strings.ToUpper(x)
	case []int:
		return fmt.Sprintf("%d scores", len(x))
	case error:
		return "error: " + x.Error()
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func initials(name string) string {
	var sb strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		sb.WriteRune(r[0])
	}
	return sb.String()
}

func main() {
	book := map[string][]int{}
	entries := []struct {
		name  string
		score int
	}{{"Ann Lee", 91}, {"Bob Ray", 78}, {"Ann Lee", 85}, {"Cy Oh", 104}, {"Bob Ray", 88}, {"Dee Wu", 65}}
	next, reset := counter()
	for _, e := range entries {
		if err := record(book, e.name, e.score); err != nil {
			var se *ScoreError
			if errors.As(err, &se) {
				fmt.Println("rejected:", se.Student, se.Score, "-", err)
			}
			continue
		}
		next()
	}
	fmt.Println("recorded", next()-1)
	reset()
	fmt.Println("after reset", next())

	names := make([]string, 0, len(book))
	for n := range book {
		names = append(names, n)
	}
	sort.Strings(names)
	g := (Grader)(letter)
	for _, n := range names {
		lo, hi, mean := stats(book[n]...)
		fmt.Printf("%-8s %s lo=%d hi=%d mean=%.2f grade=%s\n", n, initials(n), lo, hi, mean, g(int(mean)))
	}
	lo, hi, mean := stats()
	fmt.Println(lo, hi, mean)
	for _, v := range []interface{}{3, "ok", book["Ann Lee"], &ScoreError{"X", -1}, nil, 2.5} {
		fmt.Println(describe(v))
	}
	q, err := safeDiv(7, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
}

/* OUTPUT:
rejected: Cy Oh 104 - bad score 104 for Cy Oh
recorded 5
after reset 1
Ann Lee  AL lo=85 hi=91 mean=88.00 grade=B
Bob Ray  BR lo=78 hi=88 mean=83.00 grade=B
Dee Wu   DW lo=65 hi=65 mean=65.00 grade=F
0 0 0
int 3
string OK
2 scores
error: bad score -1 for X
nothing
other float64
3 <nil>
0 recovered: runtime error: integer divide by zero
*/
