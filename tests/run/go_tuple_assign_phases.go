// A multiple assignment in two phases (the Go spec): the right side and
// the operands of the left side's index expressions and indirections are
// evaluated first, left to right, then the assignments are done left to
// right, each element's bounds check, nil-map put or nil dereference at
// its own store: a call on the right runs before an out-of-range target
// panics, and targets before the panicking one are assigned. Go's own
// order for globals changed by a call on the right (the target's operand
// read after the call) is kept.
package main

import "fmt"

type P struct{ x int }

func f(s string, v int) int { fmt.Println("call", s); return v }

var ga []int
var gm map[string]int
var gp *P
var garr [2]int
var gpa *[2]int

func seta() int { ga = []int{7, 7, 7}; fmt.Println("seta"); return 1 }
func setm() int { gm = map[string]int{}; fmt.Println("setm"); return 2 }
func setp() int { gp = &P{}; fmt.Println("setp"); return 3 }
func setpa() int { gpa = &garr; fmt.Println("setpa"); return 4 }

func locals() {
	a := []int{1, 2}
	var x int
	func() {
		defer func() { fmt.Println("r1", recover() != nil) }()
		x, a[f("idx", 5)] = f("y", 1), f("z", 2)
	}()
	fmt.Println(x, a)
	b := []int{0, 0}
	b[f("i1", 0)], a[f("i2", 1)] = f("h", 3), f("k", 4)
	fmt.Println(a, b)
	var m map[string]int
	func() {
		defer func() { fmt.Println("r2", recover() != nil) }()
		x, m["k"] = f("y2", 7), f("z2", 8)
	}()
	fmt.Println(x)
	var p *P
	func() {
		defer func() { fmt.Println("r3", recover() != nil) }()
		x, p.x = f("y3", 9), f("z3", 10)
	}()
	fmt.Println(x)
	func() {
		defer func() { fmt.Println("r4", recover() != nil) }()
		a[f("i4", 7)], x = f("y4", 11), f("z4", 12)
	}()
	fmt.Println(x)
}

func globals() {
	var x int
	func() {
		defer func() { fmt.Println("g1", recover() != nil) }()
		ga[0], x = seta(), 5
	}()
	fmt.Println(ga, x)
	func() {
		defer func() { fmt.Println("g2", recover() != nil) }()
		gm["k"], x = setm(), 6
	}()
	fmt.Println(gm, x)
	func() {
		defer func() { fmt.Println("g3", recover() != nil) }()
		gp.x, x = setp(), 7
	}()
	fmt.Println(gp.x, x)
	func() {
		defer func() { fmt.Println("g4", recover() != nil) }()
		gpa[1], x = setpa(), 8
	}()
	fmt.Println(garr, x)
	ga, gm, gp = nil, nil, nil
	func() {
		defer func() { fmt.Println("g5", recover() != nil) }()
		x, ga[0] = seta(), 9
	}()
	fmt.Println(ga, x)
	func() {
		defer func() { fmt.Println("g6", recover() != nil) }()
		x, gm["k"] = setm(), 10
	}()
	fmt.Println(gm, x)
	func() {
		defer func() { fmt.Println("g7", recover() != nil) }()
		x, gp.x = setp(), 11
	}()
	fmt.Println(gp.x, x)
}

func main() {
	locals()
	globals()
}

/* OUTPUT:
call idx
call y
call z
r1 true
1 [1 2]
call i1
call i2
call h
call k
[1 4] [3 0]
call y2
call z2
r2 true
7
call y3
call z3
r3 true
9
call i4
call y4
call z4
r4 true
9
seta
g1 false
[1 7 7] 5
setm
g2 false
map[k:2] 6
setp
g3 false
3 7
setpa
g4 false
[0 4] 8
seta
g5 false
[9 7 7] 1
setm
g6 false
map[k:10] 2
setp
g7 false
11 3
*/
