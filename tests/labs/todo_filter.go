package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"?", "low", "med", "HIGH"}[p]
}

type Task struct {
	ID   int
	Text string
	Pri  Priority
	Done bool
	Tags []string
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(text string, p Priority, tags ...string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Text: text, Pri: p, Tags: tags}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Filter(keep func(*Task) bool) []*Task {
	var out []*Task
	for _, t := range l.tasks {
		if keep(t) {
			out = append(out, t)
		}
	}
	return out
}

func hasTag(tag string) func(*Task) bool {
	return func(t *Task) bool {
		for _, x := range t.Tags {
			if x == tag {
				return true
			}
		}
		return false
	}
}

func not(f func(*Task) bool) func(*Task) bool {
	return func(t *Task) bool { return !f(t) }
}

func show(title string, ts []*Task) {
	fmt.Printf("== %s (%d)\n", title, len(ts))
	for _, t := range ts {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] #%d %-18s %-4v %s\n", mark, t.ID, t.Text, t.Pri, strings.Join(t.Tags, ","))
	}
}

func main() {
	var l TodoList
	l.Add("buy milk", Low, "home")
	l.Add("finish lab 3", High, "school", "go")
	l.Add("call mom", Medium, "home")
	l.Add("read chapter 5", Medium, "school")
	l.Add("fix bike", Low)
	l.tasks[1].Done = true
	l.Filter(hasTag("home"))[0].Done = true
	isDone := func(t *Task) bool { return t.Done }
	show("all", l.tasks)
	show("open", l.Filter(not(isDone)))
	show("school", l.Filter(hasTag("school")))
	open := l.Filter(not(isDone))
	sort.Slice(open, func(i, j int) bool { return open[i].Pri > open[j].Pri })
	show("by priority", open)
	fmt.Println(open[0].Pri, Priority(2), fmt.Sprintf("%d", High))
}
