package main

import "fmt"

// divide returns a/b, or an error message when b is zero. It lets the
// runtime panic and turns the panic into a message with recover.
func divide(a, b int) (result int, errMsg string) {
	defer func() {
		if r := recover(); r != nil {
			errMsg = fmt.Sprint("cannot divide: ", r)
			result = 0
		}
	}()
	result = a / b
	return result, ""
}

func average(nums []int) (avg int, errMsg string) {
	total := 0
	for _, n := range nums {
		total += n
	}
	return divide(total, len(nums))
}

func main() {
	pairs := [][]int{{10, 2}, {7, 0}, {9, 3}, {1, 0}}
	for _, p := range pairs {
		q, err := divide(p[0], p[1])
		if err != "" {
			fmt.Println(p[0], "/", p[1], "->", err)
		} else {
			fmt.Println(p[0], "/", p[1], "=", q)
		}
	}
	avg, err := average([]int{4, 8, 15, 16, 23, 42})
	fmt.Println("average:", avg, err)
	avg, err = average(nil)
	fmt.Println("average of nothing:", avg, err)
}
