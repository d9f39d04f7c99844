package main

import "fmt"

func isReady() bool { return true }

func main() {
	if isReady {
		fmt.Println("ready")
	}
}
