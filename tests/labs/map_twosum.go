package main

import "fmt"

func twoSum(nums []int, target int) (int, int, bool) {
	index := make(map[int]int, len(nums))
	for i, n := range nums {
		if j, ok := index[target-n]; ok {
			return j, i, true
		}
		index[n] = i
	}
	return 0, 0, false
}

func romanToInt(s string) int {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := values[s[i]]
		if i+1 < len(s) && v < values[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	nums := []int{2, 7, 11, 15, -3, 8}
	for _, t := range []int{9, 5, 100, 23} {
		i, j, ok := twoSum(nums, t)
		if ok {
			fmt.Printf("target %d: nums[%d]+nums[%d]\n", t, i, j)
		} else {
			fmt.Printf("target %d: none\n", t)
		}
	}
	for _, r := range []string{"III", "XIV", "MCMXCIV", "LVIII"} {
		fmt.Println(r, romanToInt(r))
	}
}
