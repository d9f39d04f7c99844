// A func literal in an if/for/switch header: its `{` opens the
// literal's body (Go's pexpr), the header's body comes after.
package main

import "fmt"

func main() {
	if f := func() int { return 1 }; f() > 0 {
		fmt.Println("if")
	}
	for g := func(i int) bool { return i < 3 }; g(0); {
		fmt.Println("for")
		break
	}
	for i, inc := 0, func(n int) int { return n + 1 }; i < 3; i = inc(i) {
		fmt.Println("i", i)
	}
	switch h := func() string { return "a" }; h() {
	case "a":
		fmt.Println("switch")
	}
	switch func() int { return 2 }() {
	case 2:
		fmt.Println("tag")
	}
	if func(xs []int) bool { return len(xs) > 1 }([]int{1, 2}) {
		fmt.Println("call")
	}
	if v := func() struct{ n int } { return struct{ n int }{4} }(); v.n == 4 {
		fmt.Println("struct result")
	}
	for _, k := range []func() int{func() int { return 5 }} {
		fmt.Println("range", k())
	}
	if ok := func(g func() int) bool { return g() == 9 }(func() int { return 9 }); ok {
		fmt.Println("nested")
	}
}

/* OUTPUT:
if
for
i 0
i 1
i 2
switch
tag
call
struct result
range 5
nested
*/
