package main

import (
	"errors"
	"fmt"
)

var (
	ErrNoSuchBook = errors.New("no such book")
	ErrCheckedOut = errors.New("already checked out")
	ErrNotOut     = errors.New("not checked out")
)

type Book struct {
	ID     int
	Title  string
	Author string
	OutTo  string
}

func (b *Book) String() string {
	status := "available"
	if b.OutTo != "" {
		status = "out to " + b.OutTo
	}
	return fmt.Sprintf("#%d %q by %s (%s)", b.ID, b.Title, b.Author, status)
}

// LibError records which operation failed on which book.
type LibError struct {
	Op  string
	ID  int
	Err error
}

func (e *LibError) Error() string {
	return fmt.Sprintf("%s book %d: %v", e.Op, e.ID, e.Err)
}

func (e *LibError) Unwrap() error { return e.Err }

type Library struct {
	books  map[int]*Book
	nextID int
	loans  map[string][]int
}

func NewLibrary() *Library {
	return &Library{books: map[int]*Book{}, nextID: 1, loans: map[string][]int{}}
}

func (l *Library) Add(title, author string) int {
	id := l.nextID
	l.nextID++
	l.books[id] = &Book{ID: id, Title: title, Author: author}
	return id
}

func (l *Library) Checkout(id int, who string) error {
	b, ok := l.books[id]
	if !ok {
		return &LibError{"checkout", id, ErrNoSuchBook}
	}
	if b.OutTo != "" {
		return &LibError{"checkout", id, ErrCheckedOut}
	}
	b.OutTo = who
	l.loans[who] = append(l.loans[who], id)
	return nil
}

func (l *Library) Return(id int) error {
	b, ok := l.books[id]
	if !ok {
		return &LibError{"return", id, ErrNoSuchBook}
	}
	if b.OutTo == "" {
		return &LibError{"return", id, ErrNotOut}
	}
	who := b.OutTo
	ids := l.loans[who]
	for i, x := range ids {
		if x == id {
			l.loans[who] = append(ids[:i], ids[i+1:]...)
			break
		}
	}
	if len(l.loans[who]) == 0 {
		delete(l.loans, who)
	}
	b.OutTo = ""
	return nil
}

func report(err error) {
	if err == nil {
		return
	}
	var le *LibError
	le, isLib := err.(*LibError)
	switch {
	case errors.Is(err, ErrNoSuchBook):
		fmt.Println("  nope:", err)
	case errors.Is(err, ErrCheckedOut) && isLib:
		fmt.Println("  busy:", le.Op, le.ID)
	default:
		fmt.Println("  error:", err)
	}
}

func main() {
	lib := NewLibrary()
	go1 := lib.Add("The Go Programming Language", "Donovan")
	sicp := lib.Add("SICP", "Abelson")
	lib.Add("Dune", "Herbert")

	report(lib.Checkout(go1, "ana"))
	report(lib.Checkout(sicp, "ana"))
	report(lib.Checkout(go1, "ben"))
	report(lib.Checkout(42, "ben"))
	report(lib.Return(3))
	report(lib.Return(go1))
	report(lib.Checkout(go1, "ben"))

	for id := 1; id <= 3; id++ {
		fmt.Println(lib.books[id])
	}
	fmt.Println("ana has", len(lib.loans["ana"]), "ben has", len(lib.loans["ben"]))
}
