package main

import "fmt"

fun main() {
	fmt.Println("hello")
}
