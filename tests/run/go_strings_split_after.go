// strings.SplitAfter, ToTitle and LastIndexByte as go1.19.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,", ","))
	fmt.Printf("%q\n", strings.SplitAfter("héllo", ""))
	fmt.Printf("%q %d\n", strings.SplitAfter("", ","), len(strings.SplitAfter("", ",")))
	fmt.Printf("%q\n", strings.SplitAfter("a--b----c", "--"))
	fmt.Println(strings.ToTitle("hello ǆemal ß é"), strings.ToTitle(""), strings.ToUpper("ǆ"))
	fmt.Println(strings.LastIndexByte("abca", 'a'), strings.LastIndexByte("abc", 'z'), strings.LastIndexByte("", 'a'))
	f := strings.SplitAfter
	fmt.Println(len(f("x y z", " ")))
}

/* OUTPUT:
["a," "b," "c"]
["a," "b," ""]
["h" "é" "l" "l" "o"]
[""] 1
["a--" "b--" "--" "c"]
HELLO ǅEMAL ß É  Ǆ
3 -1 -1
3
*/
