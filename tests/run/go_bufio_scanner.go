// bufio.Scanner on os.Stdin: words with a small Buffer (a word longer
// than max stops it with bufio.ErrTooLong), then a second Scanner reads
// the runes the first left unread (Go's buffer sizes decide which).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	ws := bufio.NewScanner(os.Stdin)
	ws.Buffer(make([]byte, 8), 12)
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Printf("word %q\n", ws.Text())
	}
	fmt.Println("err:", ws.Err(), ws.Err() == bufio.ErrTooLong)
	rs := bufio.NewScanner(os.Stdin)
	rs.Split(bufio.ScanRunes)
	n := 0
	for rs.Scan() {
		n++
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	fmt.Println(n, rs.Scan(), rs.Text() == "", rs.Err())
}

/* STDIN:
alpha  beta	gamma
δέλτα abcdefghijklmnopqrstuvwxyz héllo, 世界
*/

/* OUTPUT:
word "alpha"
word "beta"
word "gamma"
word "δέλτα"
err: bufio.Scanner: token too long true
"m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" " " "h" "é" "l" "l" "o" "," " " "世" "界" "\n" 
25 false true <nil>
*/
