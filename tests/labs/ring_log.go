package main

import (
	"fmt"
	"strings"
)

const Size = 5

type Entry struct {
	Seq   int
	Level string
	Msg   string
}

type RingLog struct {
	buf     [Size]Entry
	next    int
	count   int
	seq     int
	dropped map[string]int
}

func (r *RingLog) Log(level, format string, args ...any) {
	r.seq++
	if r.count == Size {
		old := r.buf[r.next]
		if r.dropped == nil {
			r.dropped = make(map[string]int)
		}
		r.dropped[old.Level]++
	} else {
		r.count++
	}
	r.buf[r.next] = Entry{r.seq, level, fmt.Sprintf(format, args...)}
	r.next = (r.next + 1) % Size
}

func (r *RingLog) Entries() []Entry {
	out := make([]Entry, 0, r.count)
	start := (r.next - r.count + Size) % Size
	for i := 0; i < r.count; i++ {
		out = append(out, r.buf[(start+i)%Size])
	}
	return out
}

func (r *RingLog) Grep(sub string) (n int, last *Entry) {
	for _, e := range r.Entries() {
		if strings.Contains(e.Msg, sub) {
			n++
			e := e
			last = &e
		}
	}
	return
}

func main() {
	var r RingLog
	r.Log("INFO", "starting %s v%d.%d", "server", 1, 4)
	for i := 1; i <= 6; i++ {
		lvl := "DEBUG"
		if i%3 == 0 {
			lvl = "WARN"
		}
		r.Log(lvl, "request %d took %dms", i, i*17%50)
	}
	r.Log("ERROR", "disk %q at %.1f%%", "/dev/sda", 97.25)
	for _, e := range r.Entries() {
		fmt.Printf("#%02d %-5s %s\n", e.Seq, e.Level, e.Msg)
	}
	fmt.Println("dropped:", r.dropped)
	n, last := r.Grep("request")
	fmt.Println(n, last.Seq, *last)
	copyLog := r
	copyLog.Log("INFO", "only in copy")
	fmt.Println(len(r.Entries()), r.seq, copyLog.seq, r.dropped["INFO"])
}
