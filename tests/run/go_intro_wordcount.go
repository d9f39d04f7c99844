// Intro course: word count with bufio.Scanner on os.Stdin and a map,
// the words sorted by count then alphabetically.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines, total := 0, 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(strings.ToLower(sc.Text())) {
			w = strings.Trim(w, ".,!?")
			if w != "" {
				counts[w]++
				total++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading input:", err)
		os.Exit(1)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Printf("%d lines, %d words, %d distinct\n", lines, total, len(words))
	for _, w := range words {
		fmt.Printf("%-6s %d\n", w, counts[w])
	}
}

/* STDIN:
The cat sat on the mat.
The dog sat too!

  a cat, a dog ; the end
*/

/* OUTPUT:
4 lines, 17 words, 10 distinct
the    4
a      2
cat    2
dog    2
sat    2
;      1
end    1
mat    1
on     1
too    1
*/
