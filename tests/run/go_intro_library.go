// Intro course: a library catalogue: structs, slices of structs, maps,
// sort.Slice by two keys, multiple results with errors, a Stringer,
// strings.Builder, closures as filters.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Out    bool
}

func (b Book) String() string {
	state := "in"
	if b.Out {
		state = "out"
	}
	return fmt.Sprintf("%q by %s (%d) [%s]", b.Title, b.Author, b.Year, state)
}

type Library struct {
	books []Book
	index map[string]int
}

var ErrNotFound = errors.New("not found")
var ErrAlreadyOut = errors.New("already checked out")

func NewLibrary() *Library {
	return &Library{index: make(map[string]int)}
}

func (l *Library) Add(b Book) {
	l.index[strings.ToLower(b.Title)] = len(l.books)
	l.books = append(l.books, b)
}

func (l *Library) Find(title string) (*Book, error) {
	i, ok := l.index[strings.ToLower(title)]
	if !ok {
		return nil, fmt.Errorf("find %q: %w", title, ErrNotFound)
	}
	return &l.books[i], nil
}

func (l *Library) Checkout(title string) error {
	b, err := l.Find(title)
	if err != nil {
		return err
	}
	if b.Out {
		return fmt.Errorf("checkout %q: %w", title, ErrAlreadyOut)
	}
	b.Out = true
	return nil
}

func (l *Library) Filter(keep func(Book) bool) []Book {
	var out []Book
	for _, b := range l.books {
		if keep(b) {
			out = append(out, b)
		}
	}
	return out
}

func byAuthorThenYear(bs []Book) {
	sort.Slice(bs, func(i, j int) bool {
		if bs[i].Author != bs[j].Author {
			return bs[i].Author < bs[j].Author
		}
		return bs[i].Year < bs[j].Year
	})
}

func report(bs []Book) string {
	var sb strings.Builder
	for i, b := range bs {
		fmt.Fprintf(&sb, "%2d. %v\n", i+1, b)
	}
	sb.WriteString(fmt.Sprintf("%d books\n", len(bs)))
	return sb.String()
}

func main() {
	lib := NewLibrary()
	lib.Add(Book{"Dune", "Herbert", 1965, false})
	lib.Add(Book{"Emma", "Austen", 1815, false})
	lib.Add(Book{"Persuasion", "Austen", 1817, false})
	lib.Add(Book{"Children of Dune", "Herbert", 1976, false})
	lib.Add(Book{"Ubik", "Dick", 1969, false})

	for _, t := range []string{"dune", "Ubik", "Dune", "Neuromancer"} {
		if err := lib.Checkout(t); err != nil {
			fmt.Println("error:", err)
			if errors.Is(err, ErrNotFound) {
				fmt.Println("  (no such title)")
			}
			continue
		}
		fmt.Println("checked out", t)
	}
	old := lib.Filter(func(b Book) bool { return b.Year < 1900 })
	byAuthorThenYear(old)
	fmt.Print(report(old))
	all := lib.Filter(func(Book) bool { return true })
	byAuthorThenYear(all)
	fmt.Print(report(all))
	out := 0
	for _, b := range all {
		if b.Out {
			out++
		}
	}
	fmt.Printf("%d of %d out, %.1f%%\n", out, len(all), 100*float64(out)/float64(len(all)))
	b, err := lib.Find("emma")
	fmt.Println(b.Title, err, *b)
}

/* OUTPUT:
checked out dune
checked out Ubik
error: checkout "Dune": already checked out
error: find "Neuromancer": not found
  (no such title)
 1. "Emma" by Austen (1815) [in]
 2. "Persuasion" by Austen (1817) [in]
2 books
 1. "Emma" by Austen (1815) [in]
 2. "Persuasion" by Austen (1817) [in]
 3. "Ubik" by Dick (1969) [out]
 4. "Dune" by Herbert (1965) [out]
 5. "Children of Dune" by Herbert (1976) [in]
5 books
2 of 5 out, 40.0%
Emma <nil> "Emma" by Austen (1815) [in]
*/
