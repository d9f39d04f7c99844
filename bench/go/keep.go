package main

import "fmt"

var keep [][]byte

func main() {
	for i := 0; i < 1_000_000; i++ {
		buf := make([]byte, 1024)
		buf[i%1024] = byte(i)
		if i%1000 == 0 {
			keep = append(keep, buf)
		}
	}
	sum := 0
	for _, b := range keep {
		sum += len(b)
	}
	fmt.Println(len(keep), sum)
}
