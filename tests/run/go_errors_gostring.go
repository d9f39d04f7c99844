// %#v of the library's error values shows their fields as go1.19 does:
// errors.New's *errors.errorString{s:"..."} (fmt.Errorf's *fmt.wrapError
// and *strconv.NumError list theirs too, with a pointer inside).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type wrapped struct {
	Err  error
	Code int
}

func main() {
	e := errors.New("disk full")
	fmt.Printf("%#v\n", e)
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%#v %#v %v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Printf("%+v %v\n", e, wrapped{fmt.Errorf("w: %w", e), 1})
}

/* OUTPUT:
&errors.errorString{s:"disk full"}
"Atoi" "x" invalid syntax
disk full {w: disk full 1}
*/
