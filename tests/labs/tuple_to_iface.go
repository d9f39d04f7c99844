package main

// var a, b I = f() and u, v = f() where f's results are converted to
// the variables' interface type: go1.19 moves the results into
// temporaries first (RewriteMultiValueCall), which -m names.

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type V struct{ n int }

func (v V) Error() string { return fmt.Sprint("v", v.n) }

type Pair struct{ a, b any }

func pair() (int, string)       { return 1, "x" }
func errs() (*E, *E)            { return &E{"a"}, nil }
func mixed() (V, error)         { return V{3}, nil }
func half() (int, any)          { return 7, 8 }
func both() (any, any)          { return 7, 8 }
func three() (int, string, bool) { return 2, "y", true }

func declared() {
	var a, b any = pair()
	fmt.Println(a, b)
	var c, d error = errs()
	fmt.Println(c, d == nil, d != nil)
	var e, e2 error = mixed()
	fmt.Println(e, e2 == nil)
	var p, q any = half()
	fmt.Println(p, q)
	var _, r any = pair()
	fmt.Println(r)
	var _, s any = half()
	fmt.Println(s)
	var _, _ any = pair()
	var x, y any = both()
	fmt.Println(x, y)
	fmt.Printf("%T %T %T %T\n", a, b, c, e)
}

func assigned() {
	var u, v any
	u, v = pair()
	fmt.Println(u, v)
	var w any
	var n int
	n, w = half()
	fmt.Println(w, n)
	var pr Pair
	var arr [3]any
	pr.a, arr[1], pr.b = three()
	fmt.Println(pr, arr)
	pr.a, arr[2], _ = three()
	fmt.Println(pr, arr)
	var err error
	err, _ = mixed()
	fmt.Println(err)
	m := map[string]any{}
	m["a"], m["b"] = pair()
	fmt.Println(m)
}

func main() {
	declared()
	assigned()
}
