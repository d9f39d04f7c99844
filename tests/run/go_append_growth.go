// append grows a slice as go1.19's growslice does: double below 256
// elements, then about 1.25x, and the new array's byte size rounded up to
// the allocator's size class (roundupsize), so the Go tour's "len=5
// cap=6" and []byte's 8, 16, 32 are what ml0c prints too.
package main

import "fmt"

type P struct{ a, b, c int }
type Empty struct{}

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if len(s)&(len(s)-1) == 0 || len(s)%300 == 0 {
			fmt.Print(len(s), ":", cap(s), " ")
		}
	}
	fmt.Println()
	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, 'a')
		fmt.Print(cap(bs), " ")
	}
	fmt.Println()
	z := append([]byte("hello "), "world"...)
	fmt.Println(len(z), cap(z), string(z))
	var ss []string
	var ps []P
	var i32 []int32
	var es []Empty
	var bools []bool
	for i := 0; i < 12; i++ {
		ss = append(ss, "x")
		ps = append(ps, P{})
		i32 = append(i32, 1)
		es = append(es, Empty{})
		bools = append(bools, true)
		fmt.Print(cap(ss), "/", cap(ps), "/", cap(i32), "/", cap(es), "/", cap(bools), " ")
	}
	fmt.Println()
	t := make([]int, 3, 10)
	t2 := append(t, 1, 2, 3, 4, 5, 6, 7, 8)
	t3 := append([]int{1, 2, 3}, 4, 5, 6, 7, 8, 9, 10)
	fmt.Println(len(t2), cap(t2), len(t3), cap(t3))
	big := make([]byte, 40000)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
}

/* OUTPUT:
len=0 cap=0 []
len=1 cap=1 [0]
len=2 cap=2 [0 1]
len=5 cap=6 [0 1 2 3 4]
8:12 16:24 32:48 64:96 128:192 256:384 300:384 512:672 600:672 900:1184 1024:1184 1200:1696 1500:1696 1800:2384 2048:2384 2100:2384 2400:3408 2700:3408 3000:3408 3300:3408 3600:5120 3900:5120 4096:5120 4200:5120 4500:5120 4800:5120 
8 8 8 8 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 64 64 64 64 64 64 64 64 
11 16 hello world
1/1/2/1/8 2/2/2/2/8 4/4/4/3/8 4/4/4/4/8 8/8/8/5/8 8/8/8/6/8 8/8/8/7/8 8/8/8/8/8 16/16/16/9/16 16/16/16/10/16 16/16/16/11/16 16/16/16/12/16 
11 20 10 10
40001 57344
*/
