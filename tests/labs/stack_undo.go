package main

import (
	"fmt"
	"strings"
)

type Op struct {
	insert bool
	pos    int
	text   string
}

type Stack struct {
	items []Op
}

func (s *Stack) Push(o Op) { s.items = append(s.items, o) }

func (s *Stack) Pop() (Op, bool) {
	if len(s.items) == 0 {
		return Op{}, false
	}
	o := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return o, true
}

func (s *Stack) Clear() { s.items = s.items[:0] }

type Editor struct {
	buf        string
	undo, redo Stack
}

func (e *Editor) do(o Op) {
	if o.insert {
		e.buf = e.buf[:o.pos] + o.text + e.buf[o.pos:]
	} else {
		e.buf = e.buf[:o.pos] + e.buf[o.pos+len(o.text):]
	}
}

func invert(o Op) Op {
	return Op{insert: !o.insert, pos: o.pos, text: o.text}
}

func (e *Editor) Insert(pos int, text string) {
	o := Op{true, pos, text}
	e.do(o)
	e.undo.Push(o)
	e.redo.Clear()
}

func (e *Editor) Delete(pos, n int) {
	o := Op{false, pos, e.buf[pos : pos+n]}
	e.do(o)
	e.undo.Push(o)
	e.redo.Clear()
}

func (e *Editor) Undo() bool {
	o, ok := e.undo.Pop()
	if ok {
		e.do(invert(o))
		e.redo.Push(o)
	}
	return ok
}

func (e *Editor) Redo() bool {
	o, ok := e.redo.Pop()
	if ok {
		e.do(o)
		e.undo.Push(o)
	}
	return ok
}

func main() {
	e := &Editor{}
	e.Insert(0, "hello")
	e.Insert(5, " world")
	e.Delete(0, 1)
	e.Insert(0, "J")
	fmt.Printf("%q\n", e.buf)
	for e.Undo() {
		fmt.Printf("undo -> %q\n", e.buf)
	}
	e.Redo()
	e.Redo()
	fmt.Printf("redo x2 -> %q (undo %d, redo %d)\n", e.buf, len(e.undo.items), len(e.redo.items))
	e.Insert(len(e.buf), "!")
	fmt.Println(strings.ToUpper(e.buf), e.Redo())
}
