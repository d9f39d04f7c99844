package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Tee writes everything to each of its writers.
type Tee struct {
	outs []io.Writer
}

func (t *Tee) Write(p []byte) (int, error) {
	for _, w := range t.outs {
		if _, err := w.Write(p); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Logger numbers its lines and puts a prefix in front of each.
type Logger struct {
	w      io.Writer
	prefix string
	n      int
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.n++
	fmt.Fprintf(l.w, "%03d %s", l.n, l.prefix)
	fmt.Fprintf(l.w, format, args...)
	fmt.Fprintln(l.w)
}

// Counter only counts how many Write calls it got.
type Counter struct {
	calls int
}

func (c *Counter) Write(p []byte) (int, error) {
	c.calls++
	return len(p), nil
}

func main() {
	var history strings.Builder
	counter := &Counter{}
	tee := &Tee{}
	tee.outs = append(tee.outs, os.Stdout, &history, counter)
	log := &Logger{w: tee, prefix: "[app] "}
	log.Logf("starting with %d workers", 4)
	log.Logf("loaded %q", "config.txt")
	for i := 0; i < 3; i++ {
		log.Logf("step %d of %d", i+1, 3)
	}
	log.Logf("done")
	fmt.Println("history has", strings.Count(history.String(), "\n"), "lines")
	fmt.Println("counter saw", counter.calls, "writes")
	lines := strings.Split(strings.TrimSpace(history.String()), "\n")
	fmt.Println("last:", lines[len(lines)-1])
}
