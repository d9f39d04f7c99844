// *strconv.NumError is nameable: errors.As into a *strconv.NumError,
// assertions and type switches on it, its fields Func, Num and Err,
// Error and Unwrap, strconv.ErrSyntax / ErrRange with == and errors.Is,
// and a NumError the program builds.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
		fmt.Println(ne.Error(), ne.Unwrap())
	}
	if e, ok := err.(*strconv.NumError); ok {
		fmt.Println("assert:", e.Num, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
	fmt.Printf("%T %v\n", err, err)
	_, err = strconv.Atoi("\"x\ty\"")
	ne = err.(*strconv.NumError)
	fmt.Printf("%q %q\n", ne.Num, ne.Func)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err, errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseBool("yes")
	switch e := err.(type) {
	case *strconv.NumError:
		fmt.Println("switch:", e.Func, e.Err)
	default:
		fmt.Println("other")
	}
	my := &strconv.NumError{Func: "Mine", Num: "zz", Err: errors.New("bad")}
	fmt.Println(my)
	var e2 error = my
	fmt.Println(e2.Error())
}

/* OUTPUT:
Atoi 12a invalid syntax true
strconv.Atoi: parsing "12a": invalid syntax invalid syntax
assert: 12a true
true strconv.ParseInt: parsing "99999999999999999999": value out of range
*strconv.NumError strconv.ParseInt: parsing "99999999999999999999": value out of range
"\"x\ty\"" "Atoi"
strconv.ParseFloat: parsing "1e999": value out of range true
switch: ParseBool invalid syntax
strconv.Mine: parsing "zz": bad
strconv.Mine: parsing "zz": bad
*/
