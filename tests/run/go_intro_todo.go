// A to-do list as an intro course writes it: tasks behind an interface,
// a struct embedding that interface to add a priority, sort.Slice and
// sort.Sort on a reversed order, a type switch on the concrete types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	Title() string
	Done() bool
}

type Task struct {
	title string
	done  bool
}

func (t *Task) Title() string { return t.title }
func (t *Task) Done() bool    { return t.done }
func (t *Task) Finish()       { t.done = true }

type Urgent struct {
	Item
	Priority int
}

func (u Urgent) Title() string { return strings.ToUpper(u.Item.Title()) + "!" }

type byTitle []Item

func (b byTitle) Len() int           { return len(b) }
func (b byTitle) Less(i, j int) bool { return b[i].Title() < b[j].Title() }
func (b byTitle) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func show(items []Item) {
	for i, it := range items {
		mark := " "
		if it.Done() {
			mark = "x"
		}
		extra := ""
		switch v := it.(type) {
		case Urgent:
			extra = fmt.Sprintf(" (priority %d)", v.Priority)
		case *Task:
			extra = fmt.Sprintf(" (%d chars)", len(v.title))
		}
		fmt.Printf("%d. [%s] %s%s\n", i+1, mark, it.Title(), extra)
	}
}

func main() {
	milk := &Task{title: "buy milk"}
	report := &Task{title: "write report"}
	items := []Item{milk, Urgent{report, 2}, &Task{title: "call mom"}, Urgent{&Task{title: "pay rent"}, 1}}
	milk.Finish()
	show(items)
	fmt.Println("-- by title")
	sort.Sort(byTitle(items))
	show(items)
	fmt.Println("-- reversed")
	sort.Sort(reverse{byTitle(items)})
	show(items)
	fmt.Println("-- urgent first, by priority")
	sort.SliceStable(items, func(i, j int) bool {
		ui, iok := items[i].(Urgent)
		uj, jok := items[j].(Urgent)
		if iok != jok {
			return iok
		}
		return iok && ui.Priority < uj.Priority
	})
	show(items)
	open := 0
	for _, it := range items {
		if !it.Done() {
			open++
		}
	}
	fmt.Printf("%d of %d open\n", open, len(items))
	title := items[0].Title
	fmt.Println("first:", title())
}

/* OUTPUT:
1. [x] buy milk (8 chars)
2. [ ] WRITE REPORT! (priority 2)
3. [ ] call mom (8 chars)
4. [ ] PAY RENT! (priority 1)
-- by title
1. [ ] PAY RENT! (priority 1)
2. [ ] WRITE REPORT! (priority 2)
3. [x] buy milk (8 chars)
4. [ ] call mom (8 chars)
-- reversed
1. [ ] call mom (8 chars)
2. [x] buy milk (8 chars)
3. [ ] WRITE REPORT! (priority 2)
4. [ ] PAY RENT! (priority 1)
-- urgent first, by priority
1. [ ] PAY RENT! (priority 1)
2. [ ] WRITE REPORT! (priority 2)
3. [ ] call mom (8 chars)
4. [x] buy milk (8 chars)
3 of 4 open
first: PAY RENT!
*/
