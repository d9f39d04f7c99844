package main

// Writing through a nil *os.File: Go's os.ErrInvalid ("invalid
// argument"), from the method, through io.Writer and from fmt.Fprint*.
// go1.19 devirtualizes w.Write for a library writer too.

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type logger struct {
	out *os.File
}

func (l logger) log(msg string) error {
	_, err := fmt.Fprintln(l.out, msg)
	return err
}

func main() {
	var f *os.File
	n, err := f.Write([]byte("hi"))
	fmt.Println(n, err)
	n, err = f.WriteString("hi")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(f, "x")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%d\n", 5)
	fmt.Println(n, err, err == os.ErrInvalid)
	var w io.Writer = f
	n, err = w.Write([]byte("abc"))
	fmt.Println(n, err, w != nil)
	n, err = fmt.Fprint(w, "q")
	fmt.Println(n, err)
	fmt.Printf("%T %v\n", err, err)
	n, err = os.Stdout.Write([]byte("ok\n"))
	fmt.Println(n, err, err == nil)
	var sb strings.Builder
	var bw io.Writer = &sb
	n, err = bw.Write([]byte("built"))
	fmt.Println(n, err, sb.String())
	if err := (logger{}).log("lost"); err != nil {
		fmt.Println("log failed:", err)
	}
	if err := (logger{os.Stdout}).log("kept"); err == nil {
		fmt.Println("log ok")
	}
}
