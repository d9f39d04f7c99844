// Intro course: structs: embedding, value vs pointer copies, struct and array map keys, method values and expressions.
package main

import "fmt"

type Address struct {
	Street, City string
	Zip          int
}

type Person struct {
	Name    string
	Age     int
	Address
	Tags    []string
	Friends []*Person
	meta    map[string]string
}

func (a Address) Full() string { return a.Street + ", " + a.City }
func (p *Person) Birthday()    { p.Age++ }
func (p Person) Greet() string { return "Hi, I'm " + p.Name }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	p := Person{Name: "Bob", Age: 30, Address: Address{"1 Main St", "Springfield", 12345}}
	p.Birthday()
	fmt.Println(p.Name, p.Age, p.City, p.Full(), p.Greet())
	fmt.Printf("%v\n%+v\n", p, p)
	q := p
	q.Name = "Alice"
	q.Tags = append(q.Tags, "x")
	fmt.Println(p.Name, q.Name, p.Tags, q.Tags)
	p.Friends = append(p.Friends, &q)
	fmt.Println(len(p.Friends), p.Friends[0].Name)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	pts := map[Point]string{{1, 2}: "a", {0, 0}: "origin", {-1, 5}: "c"}
	fmt.Println(pts, pts[Point{1, 2}], Point{1, 2} == Point{1, 2})
	arr := [3]Point{{1, 1}}
	arr2 := arr
	arr2[0].X = 100
	fmt.Println(arr, arr2, arr == arr2)
	grid := map[[2]int]bool{{0, 1}: true}
	fmt.Println(grid[[2]int{0, 1}], grid[[2]int{1, 0}], grid)
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	inc := p.Birthday
	inc()
	inc()
	fmt.Println(p.Age)
	bump := (*Person).Birthday
	bump(&p)
	fmt.Println(p.Age)
	pp := &Point{3, 4}
	pp.X = 10
	fmt.Println(pp.Add(*pp), *pp, pp.X)
	type local struct{ v int }
	ls := []local{{1}, {2}}
	fmt.Println(ls)
	ms := map[string]Point{"a": {1, 2}}
	pt := ms["a"]
	pt.X = 9
	ms["a"] = pt
	fmt.Println(ms)
	mp := map[string]*Point{"a": {1, 2}}
	mp["a"].Y = 7
	fmt.Println(*mp["a"])
}

/* OUTPUT:
Bob 31 Springfield 1 Main St, Springfield Hi, I'm Bob
{Bob 31 {1 Main St Springfield 12345} [] [] map[]}
{Name:Bob Age:31 Address:{Street:1 Main St City:Springfield Zip:12345} Tags:[] Friends:[] meta:map[]}
Bob Alice [] [x]
1 Alice
{1 b} {A:1 B:b} struct { A int; B string }
map[{-1 5}:c {0 0}:origin {1 2}:a] a true
[{1 1} {0 0} {0 0}] [{100 1} {0 0} {0 0}] false
true false map[[0 1]:true]
{4 6}
33
34
{20 8} {10 4} 10
[{1} {2}]
map[a:{9 2}]
{1 7}
*/
