package main

import "fmt"

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func editDistance(s, t string) int {
	a, b := []rune(s), []rune(t)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func lcs(s, t string) string {
	dp := make([][]int, len(s)+1)
	for i := range dp {
		dp[i] = make([]int, len(t)+1)
	}
	for i := len(s) - 1; i >= 0; i-- {
		for j := len(t) - 1; j >= 0; j-- {
			if s[i] == t[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	out := []byte{}
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		if s[i] == t[j] {
			out = append(out, s[i])
			i++
			j++
		} else if dp[i+1][j] >= dp[i][j+1] {
			i++
		} else {
			j++
		}
	}
	return string(out)
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"flaw", "lawn"},
		{"", "abc"},
		{"gumbo", "gambol"},
		{"naïve", "naive"},
		{"same", "same"},
	}
	for _, p := range pairs {
		fmt.Printf("%-8s %-8s dist=%d lcs=%q\n", p[0], p[1], editDistance(p[0], p[1]), lcs(p[0], p[1]))
	}
	// suggest the closest word
	dict := []string{"apple", "apply", "ample", "maple", "angle"}
	word := "appel"
	best, bestD := "", 1<<31
	for _, w := range dict {
		if d := editDistance(word, w); d < bestD {
			best, bestD = w, d
		}
	}
	fmt.Printf("did you mean %q? (distance %d)\n", best, bestD)
}
