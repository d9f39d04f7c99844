// corner_verbs: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|\n", 42, 42, 42, 42, 42)
	fmt.Printf("|%x|%X|%#x|%#o|%o|%b|%08b|\n", 255, 255, 255, 8, 8, 5, 5)
	fmt.Printf("|%8.3f|%-8.2f|%+.1f|%e|%E|%g|%G|\n", 3.14159, 2.5, 1.25, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("|%s|%10s|%-10s|%.2s|%q|%x|% x|%X|\n", "go", "go", "go", "gopher", "a\"b\n", "hi", "hi", "hi")
	fmt.Printf("|%c|%q|%U|%#U|\n", 'é', 'x', 'é', 'é')
	fmt.Printf("|%t|%v|%5t|\n", true, false, true)
	p := P{1, 2, "pt"}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%v|%+v\n", &p, []P{p})
	fmt.Printf("%v %v %v\n", []int{1, 2}, [2]bool{true}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, 0.1+0.2, float32(0.1))
	fmt.Printf("%%|%d%%\n", 50)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%v %v\n", nil, []any{nil, 1, "a"})
	fmt.Printf("%x %X\n", -255, "Hello")
	fmt.Printf("%08.3f|%-08d|%+08d\n", -3.14159, 7, 7)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%v %.3v %10.4v|\n", "hello", "hello", "hello")
	var ip *int
	fmt.Printf("%v %d\n", ip, []byte("AB"))
	fmt.Println(fmt.Sprintf("%5.1f%%", 99.44))
}
