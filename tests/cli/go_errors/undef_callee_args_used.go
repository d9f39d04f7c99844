// A call whose callee is undefined still uses its arguments (go1.19's
// check.use): no "imported and not used" or "declared but not used" after
// `bufio.NewReader(os.Stdin)` without the import, an undefined function
// or package member; errors inside the arguments are still reported.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	n := 3
	undefinedFunc(n, fmt.Sprint(1))
	m := 4
	s := strings.NoSuchFunc(m)
	nope.F(undefinedVar)
	_, _ = r, s
}
