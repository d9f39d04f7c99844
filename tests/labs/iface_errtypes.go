package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type RangeError struct {
	Value, Min, Max int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%d out of range [%d, %d]", e.Value, e.Min, e.Max)
}

var ErrEmpty = errors.New("empty input")

func parseDigit(line int, s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("line %d: %w", line, ErrEmpty)
	}
	if len(s) > 1 {
		return 0, ParseError{line, "too long: " + s}
	}
	c := s[0]
	if c < '0' || c > '9' {
		return 0, ParseError{line, fmt.Sprintf("not a digit: %c", c)}
	}
	d := int(c - '0')
	if d > 7 {
		return d, &RangeError{d, 0, 7}
	}
	return d, nil
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case ParseError:
		return fmt.Sprintf("parse error at line %d", e.Line)
	case *RangeError:
		return fmt.Sprintf("range error (%d too big by %d)", e.Value, e.Value-e.Max)
	default:
		if errors.Is(err, ErrEmpty) {
			return "empty"
		}
		return "unknown: " + err.Error()
	}
}

func main() {
	inputs := []string{"3", "", "x", "42", "9", "0", "7"}
	sum := 0
	kinds := map[string]int{}
	for i, in := range inputs {
		d, err := parseDigit(i+1, in)
		c := classify(err)
		kinds[c]++
		if err != nil {
			fmt.Printf("%-4q -> %v [%s]\n", in, err, c)
			continue
		}
		sum += d
		fmt.Printf("%-4q -> %d\n", in, d)
	}
	fmt.Println("sum:", sum, "ok:", kinds["ok"], "empty:", kinds["empty"])

	var errs []error
	for _, in := range []string{"8", "a"} {
		if _, err := parseDigit(0, in); err != nil {
			errs = append(errs, err)
		}
	}
	for _, err := range errs {
		if re, ok := err.(*RangeError); ok {
			fmt.Println("range error, max", re.Max)
		} else {
			fmt.Println("other:", err)
		}
	}
}
