// corner_queue: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import "fmt"

type Task struct {
	Name     string
	Priority int
	Done     bool
}

type Queue struct{ tasks []Task }

func (q *Queue) Add(t Task)  { q.tasks = append(q.tasks, t) }
func (q *Queue) Len() int    { return len(q.tasks) }
func (q *Queue) Next() (Task, bool) {
	if len(q.tasks) == 0 {
		return Task{}, false
	}
	best := 0
	for i, t := range q.tasks {
		if t.Priority > q.tasks[best].Priority {
			best = i
		}
	}
	t := q.tasks[best]
	q.tasks = append(q.tasks[:best], q.tasks[best+1:]...)
	return t, true
}

func main() {
	q := &Queue{}
	names := [...]string{"write", "test", "ship", "rest"}
	for i, n := range names {
		q.Add(Task{Name: n, Priority: (i * 7) % 5})
	}
	fmt.Println(q.Len(), q.tasks)
	step := 0
again:
	if t, ok := q.Next(); ok {
		step++
		switch p := t.Priority; {
		case p >= 3:
			fmt.Printf("%d. urgent %s (%d)\n", step, t.Name, p)
		case p == 0:
			fmt.Printf("%d. someday %s\n", step, t.Name)
			goto again
		default:
			fmt.Printf("%d. normal %s\n", step, t.Name)
		}
		goto again
	}
	grid := [3][3]rune{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}}
	var t [3][2]int
	for i, row := range matrix {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println(t, len(matrix[1:]), matrix[1][1:])
}
