// The slice to array pointer conversion (*[N]T)(s) (Go 1.17): a pointer
// to s's first N elements, sharing them; a shorter s panics with
// go1.19's boundsConvert wording. Also os.Environ and
// strings.SplitAfterN (the functions of go1.19's test/escape_slice.go).
// ENV: ML0_TEST_ENV=yes
// EXIT: 2
// STDERR: "^panic: runtime error: cannot convert slice with length 0 to pointer to array with length 2 \[recovered\]..panic: runtime error: cannot convert slice with length 3 to pointer to array with length 4..goroutine 1 \[running\]:"
package main

import (
	"fmt"
	"os"
	"strings"
)

type Pair [2]string

func head(s []int) *[2]int {
	return (*[2]int)(s)
}

func mergeEnvLists(in, out []string) []string {
NextVar:
	for _, inkv := range in {
		k := strings.SplitAfterN(inkv, "=", 2)[0]
		for i, outkv := range out {
			if strings.HasPrefix(outkv, k) {
				out[i] = inkv
				continue NextVar
			}
		}
		out = append(out, inkv)
	}
	return out
}

func main() {
	s := []int{1, 2, 3}
	p := head(s)
	p[1] = 20
	fmt.Println(s, *p, len(p))
	s[0] = 10
	fmt.Println(p[0])
	q := (*[3]int)(s[:3])
	fmt.Println(q[2], len(q))
	var none []int
	z := (*[0]int)(none)
	fmt.Println(z == nil)
	ws := []string{"a", "b", "c"}
	pw := (*[1]string)(ws[2:])
	pw[0] = "C"
	fmt.Println(ws)
	parts := strings.SplitAfterN("k=v=w", "=", 2)
	fmt.Println(len(parts), parts[0], parts[1])
	fmt.Println(strings.SplitAfterN("a,b,c", ",", -1), len(strings.SplitAfterN("a,b", ",", 0)))
	fmt.Println(strings.SplitAfterN("abc", "", 2))
	env := os.Environ()
	found := false
	for _, kv := range env {
		if strings.HasPrefix(kv, "ML0_TEST_ENV=") {
			found = true
		}
	}
	fmt.Println(found)
	merged := mergeEnvLists([]string{"PWD=/x", "NEW=1"}, []string{"HOME=/h", "PWD=/old"})
	fmt.Println(merged)
	defer func() {
		fmt.Println("recovered:", recover())
		short := (*[4]int)(s)
		fmt.Println(short)
	}()
	fmt.Println((*[2]int)(none))
}

/* OUTPUT:
[1 20 3] [1 20] 2
10
3 3
true
[a b C]
2 k= v=w
[a, b, c] 0
[a bc]
true
[HOME=/h PWD=/x NEW=1]
recovered: runtime error: cannot convert slice with length 0 to pointer to array with length 2
*/
