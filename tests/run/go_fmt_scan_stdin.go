// fmt.Scan, Scanln and Scanf read standard input a byte at a time, as
// go1.19's fmt does: a bufio.Scanner after them sees what they left.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var name string
	var age int
	fmt.Print("name and age: ")
	n, err := fmt.Scan(&name, &age)
	fmt.Println(n, err, name, age)
	var x, y int
	n, err = fmt.Scanln(&x, &y)
	fmt.Println("scanln:", n, err, x, y)
	n, err = fmt.Scanln(&x, &y)
	fmt.Println("scanln:", n, err, x, y)
	var a, b int
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println("scanf:", n, err, a, b)
	var total float64
	for {
		var f float64
		if _, err := fmt.Scan(&f); err != nil {
			fmt.Println("stop:", err)
			break
		}
		total += f
	}
	fmt.Println("total", total)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println("rest:", sc.Text())
	}
}

/* STDIN:
ann 31

5 6
7
8-9
1.5 2.5
3 x rest of line
last
*/

/* OUTPUT:
name and age: 2 <nil> ann 31
scanln: 0 unexpected newline 0 0
scanln: 2 <nil> 5 6
scanf: 1 input does not match format 7 0
stop: strconv.ParseFloat: parsing "": invalid syntax
total 24
rest:  rest of line
rest: last
*/
