// corner_nums: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	var u uint8 = 250
	u += 10
	var u16 uint16 = 0
	u16--
	var i8 int8 = 127
	i8++
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u, u16, i8, u32, -7/2, -7%2, 7>>1, -7>>1)
	fmt.Println(Sunday, Monday, Tuesday, Thursday, KB, MB, GB)
	fmt.Printf("%T %v %d\n", Thursday, Celsius(21.55), Weekday(3))
	for _, s := range []string{"12", "-0", "x1", "99999999999999999999", "", " 1", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	_, err := strconv.ParseFloat("1.5e", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("tab\there \"q\" é \x01"), strconv.Itoa(-45), strconv.FormatInt(-255, 16))
	r := []rune("héllo, 世界")
	fmt.Println(len(r), len("héllo, 世界"), string(r[1]), r[7], string(r[7:]))
	for i, c := range "aé世" {
		fmt.Print(i, ":", string(c), "(", c, ") ")
	}
	fmt.Println()
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs, 'a'+1, string(rune('a'+1)))
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	fmt.Println(xs)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	ss := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchInts([]int{1, 3, 5, 7}, 5))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Println(7/2.0, float64(7)/2, 1e6, 1e21, 123456789.0, 0.000001, 1e-7)
}
