package main

import "fmt"

// mistakes go vet would flag but go build accepts: fmt prints them
type Student struct {
	Name  string
	Grade int
}

func main() {
	name := "Ada"
	age := 36
	fmt.Printf("name: %d\n", name)
	fmt.Printf("age: %s\n", age)
	fmt.Printf("%s is %d years old\n", name)
	fmt.Printf("hello %s\n", name, age)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%z\n", age)
	fmt.Println("score: %d", 90)
	s := Student{"Bo", 88}
	fmt.Printf("%d\n", s)
	fmt.Printf("%s\n", s)
	fmt.Printf("%.2f\n", age)
	fmt.Printf("%t\n", 1)
	msg := fmt.Sprintf("%x %X %c", "hi", 255, "c")
	fmt.Println(msg)
}
