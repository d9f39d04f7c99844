package main
// Result counts in return statements: go1.19 words, have/want lists and columns.

func one() int             { return 1 }
func two() (int, int)      { return 1, 2 }
func none()                {}

func r1() { return 5 }
func r2() { return "s" }
func r3() { return 1, 2 }
func r4() { return one() }
func r5() { return true }
func r6() (int, int) { return }
func r7() (int, string) { return 1 }
func r8() int { return 1.5, "a", nil }

func main() {
}
