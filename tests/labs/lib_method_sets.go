package main

// *os.File and *strings.Builder have Go's method sets: they satisfy a
// program's own interfaces (Write, WriteString, String), in conversions,
// type switches and assertions; go1.19 devirtualizes calls through them.

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type W interface {
	Write([]byte) (int, error)
}

type SW interface {
	WriteString(s string) (n int, err error)
}

type Stringer interface {
	String() string
}

type Both interface {
	W
	SW
}

func emit(w W, s string) {
	n, err := w.Write([]byte(s))
	fmt.Println("emit", n, err)
}

func describe(x any) {
	switch v := x.(type) {
	case Both:
		fmt.Printf("Both %T\n", v)
	case W:
		fmt.Printf("W %T\n", v)
	default:
		fmt.Printf("other %T\n", v)
	}
}

func main() {
	var w W = os.Stdout
	w.Write([]byte("direct\n"))
	fmt.Printf("%T\n", w)
	emit(os.Stdout, "to stdout\n")
	var sb strings.Builder
	emit(&sb, "to builder")
	var s SW = &sb
	s.WriteString("!")
	var st Stringer = &sb
	fmt.Println(st.String(), sb.Len())
	fmt.Fprintln(w, "fprintln through W")
	describe(os.Stdout)
	describe(&sb)
	describe(42)
	var a any = os.Stderr
	if bw, ok := a.(Both); ok {
		fmt.Printf("ok %T\n", bw)
	}
	_, ok := a.(Stringer)
	fmt.Println(ok)
	var b Both = &sb
	b.WriteString("?")
	var iw io.Writer = b
	fmt.Fprint(iw, "+")
	fmt.Println(sb.String())
}
