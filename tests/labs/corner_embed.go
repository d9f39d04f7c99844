// corner_embed: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import "fmt"

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet() string
}

type Base struct{ id int }

func (b *Base) ID() int       { return b.id }
func (b Base) Name() string   { return fmt.Sprint("base#", b.id) }
func (b *Base) SetID(id int)  { b.id = id }

type User struct {
	*Base
	email string
}

func (u User) Greet() string { return "hi " + u.Name() + " <" + u.email + ">" }

type Admin struct {
	User
	level int
}

func (a Admin) Name() string { return "admin:" + a.User.Name() }

func show(gs ...Greeter) {
	for _, g := range gs {
		fmt.Printf("%T %s | %s\n", g, g.Name(), g.Greet())
	}
}

func main() {
	u := User{&Base{1}, "u@x"}
	a := Admin{User{&Base{2}, "a@x"}, 9}
	show(u, a, &a)
	a.SetID(20)
	fmt.Println(a.ID(), a.id, a.User.Base.id, a.level, u.ID())
	var n Namer = a
	if g, ok := n.(Greeter); ok {
		fmt.Println("greeter:", g.Greet())
	}
	switch v := n.(type) {
	case User:
		fmt.Println("user", v.email)
	case Admin:
		fmt.Println("admin", v.level)
	}
	f := a.Greet
	a.email = "changed"
	fmt.Println(f(), a.Greet())
	var nilAdmin *Admin
	fmt.Println(nilAdmin == nil, fmt.Sprintf("%v", nilAdmin))
}
