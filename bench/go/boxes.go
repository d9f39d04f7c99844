package main

import "fmt"

func main() {
	total := 0
	for r := 0; r < 1000; r++ {
		bs := make([]*int, 0, 1000)
		for i := 0; i < 1000; i++ {
			v := new(int)
			*v = i + r
			bs = append(bs, v)
		}
		for _, b := range bs {
			total += *b
		}
	}
	fmt.Println(total)
}
