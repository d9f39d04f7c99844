package main

import "fmt"

type Canvas struct {
	w, h   int
	pixels [][]byte
}

func NewCanvas(w, h int) *Canvas {
	c := &Canvas{w: w, h: h}
	c.pixels = make([][]byte, h)
	for y := range c.pixels {
		c.pixels[y] = make([]byte, w)
		for x := range c.pixels[y] {
			c.pixels[y][x] = '.'
		}
	}
	return c
}

func (c *Canvas) Set(x, y int, ch byte) {
	if x < 0 || y < 0 || x >= c.w || y >= c.h {
		return
	}
	c.pixels[y][x] = ch
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Bresenham's line
func (c *Canvas) Line(x0, y0, x1, y1 int, ch byte) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := 1, 1
	if x0 > x1 {
		sx = -1
	}
	if y0 > y1 {
		sy = -1
	}
	err := dx + dy
	for {
		c.Set(x0, y0, ch)
		if x0 == x1 && y0 == y1 {
			break
		}
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x0 += sx
		}
		if e2 <= dx {
			err += dx
			y0 += sy
		}
	}
}

func (c *Canvas) Rect(x, y, w, h int, ch byte) {
	c.Line(x, y, x+w-1, y, ch)
	c.Line(x, y+h-1, x+w-1, y+h-1, ch)
	c.Line(x, y, x, y+h-1, ch)
	c.Line(x+w-1, y, x+w-1, y+h-1, ch)
}

func (c *Canvas) Fill(x, y int, ch byte) int {
	if x < 0 || y < 0 || x >= c.w || y >= c.h || c.pixels[y][x] != '.' {
		return 0
	}
	c.pixels[y][x] = ch
	return 1 + c.Fill(x+1, y, ch) + c.Fill(x-1, y, ch) + c.Fill(x, y+1, ch) + c.Fill(x, y-1, ch)
}

func (c *Canvas) Print() {
	for _, row := range c.pixels {
		fmt.Println(string(row))
	}
}

func main() {
	c := NewCanvas(24, 10)
	c.Rect(1, 1, 10, 6, '#')
	c.Line(12, 0, 23, 9, '\\')
	c.Line(23, 0, 14, 9, '/')
	filled := c.Fill(3, 3, 'o')
	c.Set(30, 30, '!')
	c.Print()
	fmt.Println("filled", filled, "cells")
}
