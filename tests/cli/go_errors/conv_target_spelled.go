// "cannot convert ... to type T" names T as the conversion spells it, as
// go1.19 does: uint8(x) says uint8, byte(x) byte, rune(x) rune.
package main

import "fmt"

func main() {
	fmt.Println(uint8(int(258)))
	fmt.Println(byte(int(300)))
	fmt.Println(int32(3.5))
	fmt.Println(rune(2.5))
	fmt.Println([]uint8(3))
}
