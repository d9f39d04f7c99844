// Intro course: a panic inside a deferred recover handler prints both
// panics as go1.19 does (the first marked [recovered]), exit status 2.
// EXIT: 2
// STDERR: "^panic: runtime error: slice bounds out of range \[3:2\] \[recovered\]..panic: runtime error: index out of range \[5\] with length 3..goroutine 1 \[running\]:"
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	lo, hi := 3, 2
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var e error = r.(error)
		fmt.Println(e.Error())
		x := "abc"
		i := 5
		fmt.Println(x[i])
	}()
	fmt.Println(s[lo:hi])
}

/* OUTPUT:
recovered: runtime error: slice bounds out of range [3:2]
runtime error: slice bounds out of range [3:2]
*/
