package main
// A library type value has none of its pointer methods (go1.19 wording).

import (
	"fmt"
	"os"
	"strings"
)

type W interface{ Write([]byte) (int, error) }

func main() {
	var sb strings.Builder
	var w W = sb
	var f os.File
	var w2 W = f
	fmt.Println(w, w2)
}
