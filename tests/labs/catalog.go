package main

import (
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	OnLoan bool
}

type Catalog struct {
	byAuthor map[string][]*Book
	byTitle  map[string]*Book
}

func NewCatalog() *Catalog {
	return &Catalog{
		byAuthor: map[string][]*Book{},
		byTitle:  map[string]*Book{},
	}
}

func (c *Catalog) Add(title, author string, year int) {
	b := &Book{Title: title, Author: author, Year: year}
	c.byAuthor[author] = append(c.byAuthor[author], b)
	c.byTitle[strings.ToLower(title)] = b
}

func (c *Catalog) Lend(title string) error {
	b, ok := c.byTitle[strings.ToLower(title)]
	if !ok {
		return fmt.Errorf("no book called %q", title)
	}
	if b.OnLoan {
		return fmt.Errorf("%q is already on loan", b.Title)
	}
	b.OnLoan = true
	return nil
}

func (c *Catalog) Authors() []string {
	names := make([]string, 0, len(c.byAuthor))
	for name := range c.byAuthor {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func main() {
	c := NewCatalog()
	c.Add("Dune", "Herbert", 1965)
	c.Add("Emma", "Austen", 1815)
	c.Add("Persuasion", "Austen", 1817)
	c.Add("Pride and Prejudice", "Austen", 1813)
	c.Add("Children of Dune", "Herbert", 1976)
	c.Add("Solaris", "Lem", 1961)

	for _, title := range []string{"dune", "Emma", "Dune", "Ulysses"} {
		if err := c.Lend(title); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("lent", title)
		}
	}

	for _, a := range c.Authors() {
		books := c.byAuthor[a]
		sort.Slice(books, func(i, j int) bool { return books[i].Year < books[j].Year })
		fmt.Printf("%s (%d):\n", a, len(books))
		for _, b := range books {
			status := "available"
			if b.OnLoan {
				status = "on loan"
			}
			fmt.Printf("  %-22s %d  %s\n", b.Title, b.Year, status)
		}
	}
}
