// golden.go prints what Go 1.19 prints for each case of cases.txt, the
// expectations of tests/unit/lib_test.c (ml0c's runtime/lib in C):
//
//	go run golden.go cases.txt > golden.txt
//
// One output line per case: the result, Go-quoted. Case lines are
// tab-separated: a mode, then its fields (see cases.txt's header).
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type P struct{ X, Y int }
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprintf("PS#%d", p.N) }

type inner struct {
	a int
	s string
}
type W struct {
	c Celsius
	T Celsius
	I inner
	L []Celsius
}
type Box struct{ V any }
type Node struct {
	Val  int
	Next *Node
}
type Outer struct {
	P
	Name string
	F    float32
	B    bool
	A    [2]int8
}

// unescape reads \t \n \\ \xHH \uHHHH and \UHHHHHHHH in a case field.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'x':
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b.WriteByte(byte(v))
			i += 2
		case 'u', 'U':
			k := 4
			if s[i] == 'U' {
				k = 8
			}
			v, _ := strconv.ParseUint(s[i+1:i+1+k], 16, 32)
			b.WriteRune(rune(v))
			i += k
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func ints(s string) []int {
	var r []int
	for _, f := range strings.Split(s, ",") {
		if f != "" {
			v, _ := strconv.Atoi(f)
			r = append(r, v)
		}
	}
	return r
}

func flt(s string) float64 {
	if strings.HasPrefix(s, "bits") {
		v, _ := strconv.ParseUint(s[4:], 16, 64)
		return math.Float64frombits(v)
	}
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

func arg(spec string) any {
	t, v, _ := strings.Cut(spec, ":")
	v = unescape(v)
	n, _ := strconv.ParseInt(v, 0, 64)
	u, _ := strconv.ParseUint(v, 0, 64)
	switch t {
	case "int":
		return int(n)
	case "int8":
		return int8(n)
	case "int16":
		return int16(n)
	case "int32":
		return int32(n)
	case "int64":
		return n
	case "uint":
		return uint(u)
	case "uint8":
		return uint8(u)
	case "uint16":
		return uint16(u)
	case "uint32":
		return uint32(u)
	case "uint64":
		return u
	case "uintptr":
		return uintptr(u)
	case "float64":
		return flt(v)
	case "float32":
		return float32(flt(v))
	case "bool":
		return v == "true"
	case "string":
		return v
	case "nil":
		return nil
	case "[]int":
		return ints(v)
	case "[]int(nil)":
		return []int(nil)
	case "[3]int":
		var a [3]int
		copy(a[:], ints(v))
		return a
	case "[]string":
		return strings.Split(v, ",")
	case "[]byte":
		var b []byte
		for _, x := range ints(v) {
			b = append(b, byte(x))
		}
		return b
	case "[]float64":
		var r []float64
		for _, f := range strings.Split(v, ",") {
			r = append(r, flt(f))
		}
		return r
	case "[]any":
		return []any{1, "a", nil, 2.5, P{1, 2}}
	case "P":
		x := ints(v)
		return P{x[0], x[1]}
	case "*P":
		x := ints(v)
		return &P{x[0], x[1]}
	case "*P(nil)":
		return (*P)(nil)
	case "*[]int":
		s := ints(v)
		return &s
	case "Celsius":
		return Celsius(flt(v))
	case "MyErr":
		return MyErr{int(n)}
	case "PS":
		return PS{int(n)}
	case "*PS":
		return &PS{int(n)}
	case "*PS(nil)":
		return (*PS)(nil)
	case "W":
		return W{c: 1.5, T: 2.25, I: inner{3, "x"}, L: []Celsius{4, 5}}
	case "Box":
		if v == "" {
			return Box{}
		}
		return Box{arg(v)}
	case "Node":
		return Node{int(n), nil}
	case "Outer":
		return Outer{P{1, 2}, "o", 0.1, true, [2]int8{-1, 2}}
	case "[]P":
		return []P{{1, 2}, {3, 4}}
	case "[]*P(nil)":
		return []*P{nil}
	case "[][]int":
		return [][]int{{1}, {2, 3}, nil}
	case "[]MyErr":
		return []MyErr{{1}, {2}}
	case "[]error":
		return []error{MyErr{7}, nil}
	}
	panic("unknown type " + t)
}

func args(fields []string) []any {
	var r []any
	for _, f := range fields {
		r = append(r, arg(f))
	}
	return r
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

type kv struct {
	k int
	v string
}

type byKey []kv

func (x byKey) Len() int           { return len(x) }
func (x byKey) Less(i, j int) bool { return x[i].k < x[j].k }
func (x byKey) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// call runs one library function on string arguments.
func call(name string, a []string) string {
	i := func(k int) int { v, _ := strconv.Atoi(a[k]); return v }
	f := func(k int) float64 { return flt(a[k]) }
	r := func(k int) rune { v, _ := strconv.ParseInt(a[k], 0, 32); return rune(v) }
	switch name {
	case "Contains":
		return fmt.Sprint(strings.Contains(a[0], a[1]))
	case "IndexAny":
		return fmt.Sprint(strings.IndexAny(a[0], a[1]))
	case "Cut":
		before, after, found := strings.Cut(a[0], a[1])
		return fmt.Sprintf("%q %q %v", before, after, found)
	case "ContainsAny":
		return fmt.Sprint(strings.ContainsAny(a[0], a[1]))
	case "ContainsRune":
		return fmt.Sprint(strings.ContainsRune(a[0], r(1)))
	case "Index":
		return fmt.Sprint(strings.Index(a[0], a[1]))
	case "IndexByte":
		return fmt.Sprint(strings.IndexByte(a[0], a[1][0]))
	case "IndexRune":
		return fmt.Sprint(strings.IndexRune(a[0], r(1)))
	case "LastIndex":
		return fmt.Sprint(strings.LastIndex(a[0], a[1]))
	case "Count":
		return fmt.Sprint(strings.Count(a[0], a[1]))
	case "HasPrefix":
		return fmt.Sprint(strings.HasPrefix(a[0], a[1]))
	case "HasSuffix":
		return fmt.Sprint(strings.HasSuffix(a[0], a[1]))
	case "EqualFold":
		return fmt.Sprint(strings.EqualFold(a[0], a[1]))
	case "Compare":
		return fmt.Sprint(strings.Compare(a[0], a[1]))
	case "Join":
		return fmt.Sprintf("%q", strings.Join(strings.Split(a[0], ","), a[1]))
	case "Split":
		return fmt.Sprintf("%q", strings.Split(a[0], a[1]))
	case "SplitN":
		return fmt.Sprintf("%q", strings.SplitN(a[0], a[1], i(2)))
	case "Fields":
		return fmt.Sprintf("%q", strings.Fields(a[0]))
	case "FieldsFunc":
		return fmt.Sprintf("%q", strings.FieldsFunc(a[0], pred(a[1])))
	case "IndexFunc":
		return fmt.Sprint(strings.IndexFunc(a[0], pred(a[1])))
	case "TrimFunc":
		return fmt.Sprintf("%q", strings.TrimFunc(a[0], pred(a[1])))
	case "Map":
		return fmt.Sprintf("%q", strings.Map(func(r rune) rune {
			switch {
			case unicode.IsDigit(r):
				return -1
			case r == 'z':
				return 0x110000
			}
			return unicode.ToUpper(r)
		}, a[0]))
	case "Repeat":
		return fmt.Sprintf("%q", strings.Repeat(a[0], i(1)))
	case "Replace":
		return fmt.Sprintf("%q", strings.Replace(a[0], a[1], a[2], i(3)))
	case "ReplaceAll":
		return fmt.Sprintf("%q", strings.ReplaceAll(a[0], a[1], a[2]))
	case "ToUpper":
		return fmt.Sprintf("%q", strings.ToUpper(a[0]))
	case "ToLower":
		return fmt.Sprintf("%q", strings.ToLower(a[0]))
	case "Title":
		return fmt.Sprintf("%q", strings.Title(a[0]))
	case "TrimSpace":
		return fmt.Sprintf("%q", strings.TrimSpace(a[0]))
	case "Trim":
		return fmt.Sprintf("%q", strings.Trim(a[0], a[1]))
	case "TrimLeft":
		return fmt.Sprintf("%q", strings.TrimLeft(a[0], a[1]))
	case "TrimRight":
		return fmt.Sprintf("%q", strings.TrimRight(a[0], a[1]))
	case "TrimPrefix":
		return fmt.Sprintf("%q", strings.TrimPrefix(a[0], a[1]))
	case "TrimSuffix":
		return fmt.Sprintf("%q", strings.TrimSuffix(a[0], a[1]))
	case "Builder":
		var b strings.Builder
		for _, s := range a {
			b.WriteString(s)
			b.WriteByte('|')
			b.WriteRune('é')
		}
		return fmt.Sprintf("%q %d", b.String(), b.Len())
	case "Itoa":
		return strconv.Itoa(i(0))
	case "Atoi":
		v, err := strconv.Atoi(a[0])
		return fmt.Sprintf("%d %q", v, errText(err))
	case "FormatInt":
		v, _ := strconv.ParseInt(a[0], 10, 64)
		return strconv.FormatInt(v, i(1))
	case "FormatUint":
		v, _ := strconv.ParseUint(a[0], 10, 64)
		return strconv.FormatUint(v, i(1))
	case "ParseInt":
		v, err := strconv.ParseInt(a[0], i(1), i(2))
		return fmt.Sprintf("%d %q", v, errText(err))
	case "ParseUint":
		v, err := strconv.ParseUint(a[0], i(1), i(2))
		return fmt.Sprintf("%d %q", v, errText(err))
	case "ParseFloat":
		v, err := strconv.ParseFloat(a[0], i(1))
		return fmt.Sprintf("%v %x %q", v, math.Float64bits(v), errText(err))
	case "ParseBool":
		v, err := strconv.ParseBool(a[0])
		return fmt.Sprintf("%v %q", v, errText(err))
	case "FormatFloat":
		return strconv.FormatFloat(f(0), a[1][0], i(2), i(3))
	case "FormatBool":
		return strconv.FormatBool(a[0] == "true")
	case "Quote":
		return strconv.Quote(a[0])
	case "QuoteToASCII":
		return strconv.QuoteToASCII(a[0])
	case "QuoteRune":
		return strconv.QuoteRune(r(0))
	case "Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Round", "RoundToEven", "Log", "Log2", "Log10",
		"Exp", "Sin", "Cos", "Tan", "Atan", "Cbrt":
		m := map[string]func(float64) float64{"Sqrt": math.Sqrt, "Abs": math.Abs, "Floor": math.Floor,
			"Ceil": math.Ceil, "Trunc": math.Trunc, "Round": math.Round, "RoundToEven": math.RoundToEven,
			"Log": math.Log, "Log2": math.Log2, "Log10": math.Log10, "Exp": math.Exp, "Sin": math.Sin,
			"Cos": math.Cos, "Tan": math.Tan, "Atan": math.Atan, "Cbrt": math.Cbrt}
		return fmt.Sprint(m[name](f(0)))
	case "Pow", "Max", "Min", "Mod", "Atan2", "Hypot", "Copysign":
		m := map[string]func(float64, float64) float64{"Pow": math.Pow, "Max": math.Max, "Min": math.Min,
			"Mod": math.Mod, "Atan2": math.Atan2, "Hypot": math.Hypot, "Copysign": math.Copysign}
		return fmt.Sprint(m[name](f(0), f(1)))
	case "Inf":
		return fmt.Sprint(math.Inf(i(0)))
	case "IsNaN":
		return fmt.Sprint(math.IsNaN(f(0)))
	case "IsInf":
		return fmt.Sprint(math.IsInf(f(0), i(1)))
	case "Signbit":
		return fmt.Sprint(math.Signbit(f(0)))
	case "SortInts":
		x := ints(a[0])
		sort.Ints(x)
		return fmt.Sprint(x)
	case "SortStrings":
		x := strings.Split(a[0], ",")
		sort.Strings(x)
		return fmt.Sprintf("%q", x)
	case "SortFloat64s":
		var x []float64
		for _, s := range strings.Split(a[0], ",") {
			x = append(x, flt(s))
		}
		sort.Float64s(x)
		return fmt.Sprint(x)
	case "SortSlice", "SortSliceStable", "Sort", "Stable", "SortReverse":
		// "k:v,k:v,...": sorted by k only, so equal keys show the algorithm
		var x []kv
		for _, s := range strings.Split(a[0], ",") {
			k, v, _ := strings.Cut(s, ":")
			n, _ := strconv.Atoi(k)
			x = append(x, kv{n, v})
		}
		less := func(i, j int) bool { return x[i].k < x[j].k }
		switch name {
		case "SortSlice":
			sort.Slice(x, less)
		case "SortSliceStable":
			sort.SliceStable(x, less)
		case "Sort":
			sort.Sort(byKey(x))
		case "Stable":
			sort.Stable(byKey(x))
		case "SortReverse":
			sort.Sort(sort.Reverse(byKey(x)))
		}
		var b strings.Builder
		for _, e := range x {
			fmt.Fprintf(&b, "%d%s ", e.k, e.v)
		}
		return b.String()
	case "Search":
		x := i(1)
		return fmt.Sprint(sort.Search(i(0), func(k int) bool { return k*k >= x }))
	case "SearchStrings":
		return fmt.Sprint(sort.SearchStrings(strings.Split(a[0], ","), a[1]))
	case "Float64sAreSorted":
		var x []float64
		for _, s := range strings.Split(a[0], ",") {
			x = append(x, flt(s))
		}
		return fmt.Sprint(sort.Float64sAreSorted(x))
	case "SearchInts":
		return fmt.Sprint(sort.SearchInts(ints(a[0]), i(1)))
	case "Unicode":
		// every class and mapping of runes lo..hi, as one line
		var b strings.Builder
		for c := r(0); c <= r(1); c++ {
			fmt.Fprintf(&b, "%d%d%d%d%d,%x;", bit(unicode.IsControl(c)), bit(unicode.IsMark(c)),
				bit(unicode.IsSymbol(c)), bit(unicode.IsTitle(c)), bit(unicode.IsGraphic(c)), unicode.ToTitle(c))
			fmt.Fprintf(&b, "%x:%d%d%d%d%d%d%d%d,%x,%x ", c,
				bit(unicode.IsDigit(c)), bit(unicode.IsNumber(c)), bit(unicode.IsLetter(c)),
				bit(unicode.IsSpace(c)), bit(unicode.IsUpper(c)), bit(unicode.IsLower(c)),
				bit(unicode.IsPunct(c)), bit(unicode.IsPrint(c)), unicode.ToUpper(c), unicode.ToLower(c))
		}
		return b.String()
	}
	panic("unknown function " + name)
}

// pred names the predicates of the ...Func cases (lib_test.c has the same).
func pred(name string) func(rune) bool {
	switch name {
	case "notletter":
		return func(r rune) bool { return !unicode.IsLetter(r) }
	case "space":
		return unicode.IsSpace
	}
	return unicode.IsDigit
}

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		var out string
		switch fs[0] {
		case "f":
			out = fmt.Sprintf(unescape(fs[1]), args(fs[2:])...)
		case "e":
			out = fmt.Errorf(unescape(fs[1]), args(fs[2:])...).Error()
		case "p":
			out = fmt.Sprint(args(fs[1:])...)
		case "l":
			out = fmt.Sprintln(args(fs[1:])...)
		case "c":
			var a []string
			for _, s := range fs[2:] {
				a = append(a, unescape(s))
			}
			out = call(fs[1], a)
		default:
			panic("bad mode " + fs[0])
		}
		fmt.Fprintln(w, strconv.Quote(out))
	}
}
