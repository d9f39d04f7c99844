package main

import (
	"fmt"
	"strconv"
)

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() {
		fmt.Println("leave", name)
	}
}

func countdown() {
	defer trace("countdown")()
	for i := 3; i > 0; i-- {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func safeParse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	n, convErr := strconv.Atoi(s)
	if convErr != nil {
		panic("not a number: " + s)
	}
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n * 2, nil
}

func divide(a, b int) (result int, ok bool) {
	defer func() {
		if recover() != nil {
			result, ok = 0, false
		}
	}()
	return a / b, true
}

func doubleOnReturn() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

func main() {
	countdown()
	for _, s := range []string{"21", "abc", "-4", "0"} {
		n, err := safeParse(s)
		if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("parsed:", n)
		}
	}
	fmt.Println(divide(10, 3))
	fmt.Println(divide(1, 0))
	fmt.Println("doubleOnReturn:", doubleOnReturn())
}
