package main

import "fmt"

var depth = 0

func indent() string {
	s := ""
	for i := 0; i < depth; i++ {
		s += "  "
	}
	return s
}

// enter prints the call and returns the function that prints the exit:
// `defer enter("f")()` traces a whole function.
func enter(name string) func() {
	fmt.Println(indent()+"enter", name)
	depth++
	return func() {
		depth--
		fmt.Println(indent()+"leave", name)
	}
}

type File struct {
	name   string
	closed bool
}

func open(name string) *File {
	fmt.Println(indent()+"open", name)
	return &File{name: name}
}

func (f *File) Close() {
	f.closed = true
	fmt.Println(indent()+"close", f.name)
}

func copyFile(src, dst string, failAt int) (copied int) {
	defer enter("copyFile")()
	in := open(src)
	defer in.Close()
	out := open(dst)
	defer out.Close()
	for i := 1; i <= 3; i++ {
		if i == failAt {
			fmt.Println(indent()+"error at block", i)
			return
		}
		copied++
	}
	return
}

func main() {
	defer fmt.Println("main done")
	n := copyFile("a.txt", "b.txt", 0)
	fmt.Println("copied", n)
	n = copyFile("c.txt", "d.txt", 2)
	fmt.Println("copied", n)
}
