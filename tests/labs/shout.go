package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Upper is a writer that turns every letter into a capital before
// handing the text to the writer it wraps.
type Upper struct {
	w io.Writer
}

func (u Upper) Write(p []byte) (int, error) {
	buf := make([]byte, len(p))
	for i, c := range p {
		if c >= 'a' && c <= 'z' {
			c = c - 'a' + 'A'
		}
		buf[i] = c
	}
	return u.w.Write(buf)
}

func verse(w io.Writer, n int) {
	for i := n; i > 0; i-- {
		fmt.Fprintf(w, "%d little ducks went out one day\n", i)
	}
	fmt.Fprint(w, "and no little ducks came back\n")
}

func main() {
	verse(os.Stdout, 2)
	verse(Upper{os.Stdout}, 2)

	var sb strings.Builder
	loud := Upper{&sb}
	fmt.Fprintln(loud, "quack", 3, "times")
	fmt.Fprintf(loud, "%s and %s\n", "ducks", "geese")
	fmt.Print(sb.String())
	fmt.Println(sb.Len(), "bytes in the builder")
}
