package main

import "fmt"

func maxSubarray(a []int) (best, from, to int) {
	best = a[0]
	cur, start := 0, 0
	for i, x := range a {
		if cur <= 0 {
			cur = x
			start = i
		} else {
			cur += x
		}
		if cur > best {
			best, from, to = cur, start, i
		}
	}
	return
}

func twoSum(a []int, target int) (int, int, bool) {
	for i := 0; i < len(a); i++ {
		for j := i + 1; j < len(a); j++ {
			if a[i]+a[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func spiral(m [][]int) []int {
	var out []int
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	a := []int{-2, 1, -3, 4, -1, 2, 1, -5, 4}
	best, from, to := maxSubarray(a)
	fmt.Println(best, a[from:to+1])
	i, j, ok := twoSum(a, 6)
	fmt.Println(i, j, ok)
	_, _, ok = twoSum(a, 100)
	fmt.Println(ok)
	m := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(m))
}
