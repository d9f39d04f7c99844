package main

import "fmt"

type Account struct {
	balance int
}

func main() {
	accounts := map[string]Account{"bob": {10}}
	p := &accounts["bob"]
	accounts["bob"].balance = 20
	fmt.Println(p)
}
