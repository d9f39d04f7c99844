// A library struct embedded (strings.Builder, *strings.Builder): its
// methods are callable through the outer struct (x.Builder.M()).
package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	strings.Builder
	title string
}

type Log struct {
	*strings.Builder
}

func main() {
	var d Doc
	d.WriteString("hi")
	d.WriteByte(' ')
	fmt.Fprintf(&d.Builder, "%d", 42)
	fmt.Println(d.String(), d.Len(), d.title)
	l := Log{&strings.Builder{}}
	l.WriteString("log")
	fmt.Println(l.String())
}

/* OUTPUT:
hi 42 5 
log
*/
