#!/usr/bin/env python3
"""gen_go_twins_lab.py SEED | FIRST LAST DIR: a random program that is both
ML0 and Go, made of lab shapes the other four generators leave out (with
three arguments: seeds FIRST..LAST written to DIR/seedN.ml0).

The fifth generator (own seeds; the other four keep theirs): maps of
structs updated through a copy (`st := m[k]; st.Qty += n; m[k] = st`),
maps keyed by structs and arrays, slices of slices (rows made with make,
jagged literals, a row shared by two names, appending to one row),
closures over loop variables (go1.19: one variable for the whole loop,
so every closure sees its last value; and the `i := i` copy), pointer
methods on addressable elements (`vs[i].Add(d)`, `arr[1].Add(d)`, `p :=
&vs[0]`) next to a range copy that changes nothing, struct and array
comparison (arrays of structs too), arrays as values (copies, array parameters, a `[3][3]int`
named type with value and pointer receivers, ranging over an array,
which ranges over a copy), strings by byte (`s[i]`, `%c`, `%x`, slices of
bytes) and by rune, switches with `fallthrough`, swaps of elements,
fields and map entries, error values (a sentinel compared with `==` and
`errors.Is`, a `*NotFound` found by `errors.As` through `%w`, a value
error type, a nil error printed, a nil `*NotFound` in a non-nil error),
`append`s sharing one backing array, method values of elements bound before
a change, interfaces embedding interfaces
(`ReadWriter` of `Reader` and `Writer`, converted to either and back by
assertion) and Stringers in fmt (a value receiver's `String` on values,
slices, maps and struct fields, exported and not; a pointer receiver's
only through a pointer; `%d` and `%+v` of them).

Its Go twin is the same text with `package main ` put in front (the first
line is a comment). Everything prints through fmt, nothing prints a
pointer (a pointer with a String method prints that), no output depends
on a map's iteration order (ranges only sum; fmt prints maps sorted by
key), every index is in range and every local is used. go_diff.sh --lab
runs seeds through go_twin_diff.py (`-m` lines byte for byte; with
--run-both the output under both runtimes).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_go_twins_base import R, Body as BaseBody, calls_of, gen_fn as base_gen_fn, gen_fns, main as base_main, main_calls, \
    program_text  # noqa: E402

TYPES = """
type Stock struct {
    Name  string
    Qty   int
    Price int
}

type Cell struct {
    r, c int
}

type Temp int

func (t Temp) String() string {
    return strconv.Itoa(int(t)) + "C"
}

type Vec struct {
    X, Y int
}

func (v *Vec) String() string {
    return fmt.Sprintf("<%d %d>", v.X, v.Y)
}

func (v *Vec) Add(d int) {
    v.X += d
    v.Y -= d
}

func (v Vec) Len2() int {
    return v.X*v.X + v.Y*v.Y
}

type Tagged struct {
    T    Temp
    note string
    t    Temp
}

type Grid [3][3]int

func (g Grid) Sum() int {
    n := 0
    for _, row := range g {
        for _, v := range row {
            n += v
        }
    }
    return n
}

func (g *Grid) Set(r, c, v int) {
    g[r][c] = v
}

type Reader interface {
    Read() string
}

type Writer interface {
    Write(s string) int
}

type ReadWriter interface {
    Reader
    Writer
}

type Buf struct {
    data []string
}

func (b *Buf) Read() string {
    if len(b.data) == 0 {
        return ""
    }
    s := b.data[0]
    b.data = b.data[1:]
    return s
}

func (b *Buf) Write(s string) int {
    b.data = append(b.data, s)
    return len(b.data)
}

type NotFound struct {
    Key string
}

func (e *NotFound) Error() string {
    return "not found: " + e.Key
}

type Code int

func (c Code) Error() string {
    return "code " + strconv.Itoa(int(c))
}

var ErrEmpty = errors.New("empty key")

func lookup(m map[string]Stock, k string) (Stock, error) {
    if k == "" {
        return Stock{}, ErrEmpty
    }
    s, ok := m[k]
    if !ok {
        return Stock{}, fmt.Errorf("lookup: %w", &NotFound{k})
    }
    return s, nil
}

func sumArr(a [4]int) int {
    a[0] = 100
    t := 0
    for _, v := range a {
        t += v
    }
    return t
}

func drain(r Reader) string {
    out := ""
    for s := r.Read(); s != ""; s = r.Read() {
        out += s + ";"
    }
    return out
}

func check(n int) error {
    if n%3 == 0 {
        return nil
    }
    if n%3 == 1 {
        return Code(n)
    }
    return fmt.Errorf("check %d: %w", n, ErrEmpty)
}

var gstocks map[string]Stock
var grw ReadWriter
var gerr error
var grid [][]int
"""

PARAMS = [("k", "int"), ("s", "string"), ("xs", "[]int"), ("m", "map[string]Stock"),
          ("g", "[][]int"), ("rw", "ReadWriter"), ("vs", "[]Vec")]
RESULTS = ["int", "string", "error", "Stock", "[]Vec", "[][]int", "Temp", "", "ReadWriter"]
ALL_TYPES = ["int", "*int", "string", "[]int", "map[string]Stock", "[][]int", "ReadWriter",
             "[]Vec", "Stock", "Temp", "error", "[4]int", "Grid", "*Vec"]
KEYS = ['"ax"', '"bolt"', '"cog"']
WORDS = ['"hello"', '"héllo"', '"日本"', '"a b"', '"Zz9"', '""', '"naïve"']


class Body(BaseBody):
    """The statements of one function, its variables by type, and the
    packages it uses."""

    TYPES = ALL_TYPES
    INT_FIELDS = [("*Vec", "%s.X")]

    def __init__(self, fn, callees, imports):
        BaseBody.__init__(self, fn, callees)
        self.imports = imports

    def more_int_choices(self, choices):
        if self.vars["[]int"] and R.random() < 0.5:
            choices.append("len(%s)" % self.pick("[]int"))
        if self.vars["Stock"] and R.random() < 0.4:
            choices.append(self.pick("Stock") + ".Qty")
        if self.vars["Temp"] and R.random() < 0.3:
            choices.append("int(%s)" % self.pick("Temp"))

    def str_expr(self):
        choices = [R.choice(WORDS)]
        if self.vars["string"]:
            choices.append(self.pick("string"))
        return R.choice(choices)

    def acc(self):
        """an int local to add to (declared here when there is none)"""
        if self.vars["int"] and R.random() < 0.5:
            return self.pick("int")
        x = self.fresh("x")
        self.declare("int", x, "0")
        return x

    def println(self, *args):
        self.emit("fmt.Println(%s)" % ", ".join(args))

    def local(self, t, base, make):
        """a local of type t: an existing one, or base<N> := make()"""
        if self.vars[t] and R.random() < 0.5:
            return self.pick(t)
        v = self.fresh(base)
        self.declare(t, v, make())
        return v

    def stock_lit(self, name):
        return "Stock{%s, %s, %d}" % (name, self.int_expr(), R.randint(1, 9))

    def stocks(self):
        forms = ["map[string]Stock{}", "make(map[string]Stock)",
                 'map[string]Stock{%s: {%s, %d, 5}}' % (KEYS[0], KEYS[0], R.randint(0, 9))]
        return self.local("map[string]Stock", "ms", lambda: R.choice(forms))

    # ---- maps of structs updated through a copy ----------------------------
    def s_map_struct(self):
        m, k = self.stocks(), R.choice(KEYS)
        self.emit("%s[%s] = %s" % (m, k, self.stock_lit(k)))
        st = self.fresh("st")
        self.emit("%s := %s[%s]" % (st, m, R.choice(KEYS)))
        self.vars["Stock"].append(st)
        self.used.append(st)
        self.emit("%s.Qty += %s" % (st, self.int_expr()))
        if R.random() < 0.5:
            self.println('"copy"', st, "%s[%s].Qty" % (m, k))
        self.emit("%s[%s] = %s" % (m, R.choice(KEYS), st))
        if R.random() < 0.5:
            x = self.acc()
            self.block("for key, v := range %s {" % m,
                       ["%s += v.Qty * v.Price" % x, "if key == %s {" % k,
                        "    v.Price = 0", "}"])
            self.println('"total"', x)
        if R.random() < 0.4:
            self.emit("delete(%s, %s)" % (m, R.choice(KEYS)))
        if R.random() < 0.2:
            self.emit("gstocks = " + m)
        self.println('"stocks"', "len(%s)" % m, m)

    def s_lookup(self):
        m = self.stocks()
        got, err = self.fresh("got"), self.fresh("err")
        self.emit("%s, %s := lookup(%s, %s)" % (got, err, m, R.choice(KEYS + ['""'])))
        self.vars["Stock"].append(got)
        self.vars["error"].append(err)
        self.used += [got, err]
        nf = self.fresh("nf")
        self.emit("var %s *NotFound" % nf)
        self.used.append(nf)
        self.block("if errors.As(%s, &%s) {" % (err, nf),
                   ['fmt.Println("missing", %s.Key, %s)' % (nf, err)],
                   "} else if %s == ErrEmpty {" % err)
        self.emit('    fmt.Println("empty", errors.Is(%s, ErrEmpty))' % err)
        self.emit("} else {")
        self.emit('    fmt.Println("found", %s, %s.Name)' % (got, got))
        self.emit("}")

    def s_struct_keys(self):
        mc, x = self.fresh("mc"), self.acc()
        self.emit("%s := map[Cell]int{{0, 1}: %s}" % (mc, self.int_expr()))
        self.used.append(mc)
        self.block("for i := 0; i < %d; i++ {" % R.randint(1, 4),
                   ["%s[Cell{i %% 2, 1}] += i + %s" % (mc, self.int_expr())])
        c = self.fresh("c")
        self.emit("%s := Cell{%d, 1}" % (c, R.randint(0, 2)))
        self.used.append(c)
        self.emit("%s += %s[%s]" % (x, mc, c))
        if R.random() < 0.5:
            ma = self.fresh("ma")
            self.emit('%s := map[[2]int]string{{1, 2}: "one-two"}' % ma)
            self.used.append(ma)
            self.emit('%s[[2]int{%d, 2}] += "!"' % (ma, R.randint(0, 1)))
            self.println('"arrkeys"', ma, "len(%s)" % ma)
        self.println('"cells"', x, mc, "%s == Cell{0, 1}" % c, "%s != Cell{1, 1}" % c)

    # ---- slices of slices ----------------------------------------------------
    def grid(self):
        g = self.pick("[][]int")
        if g and R.random() < 0.5:
            return g
        g = self.fresh("gr")
        if R.random() < 0.5:
            n, w = R.randint(1, 3), R.randint(1, 3)
            self.declare("[][]int", g, "make([][]int, %d)" % n)
            self.block("for i := range %s {" % g,
                       ["%s[i] = make([]int, %d)" % (g, w),
                        "for j := range %s[i] {" % g, "    %s[i][j] = i*%d + j" % (g, w), "}"])
        else:
            self.declare("[][]int", g, "[][]int{{%s}, {1, 2}, {}}" % self.int_expr())
        return g

    def s_grid(self):
        g, x = self.grid(), self.acc()
        self.emit("%s = append(%s, []int{%s, %d})" % (g, g, self.int_expr(), R.randint(0, 9)))
        row = self.fresh("row")
        self.emit("%s := %s[len(%s)-1]" % (row, g, g))
        self.used.append(row)
        self.emit("%s[0] = %s" % (row, self.int_expr()))
        if R.random() < 0.5:
            self.emit("%s[0] = append(%s[0], %d)" % (g, g, R.randint(0, 9)))
        self.block("for _, r := range %s {" % g,
                   ["for _, v := range r {", "    %s += v" % x, "}"])
        if R.random() < 0.3:
            self.emit("grid = " + g)
        self.println('"grid"', x, "len(%s)" % g, g, row)

    # ---- closures over loop variables ------------------------------------
    def s_loop_closures(self):
        fs, x, n = self.fresh("fs"), self.acc(), R.randint(1, 4)
        self.emit("var %s []func() int" % fs)
        self.used.append(fs)
        copy = R.random() < 0.4
        k = self.int_expr()
        body = ["i := i"] if copy else []
        body += ["%s = append(%s, func() int {" % (fs, fs), "    return i*10 + %s" % k, "})"]
        self.block("for i := 0; i < %d; i++ {" % n, body)
        self.block("for _, f := range %s {" % fs, ["%s += f()" % x])
        if R.random() < 0.5:
            self.block("for _, w := range []string{%s, %s} {" % (self.str_expr(), self.str_expr()),
                       ["defer func() {", '    fmt.Println("deferred", w, len(w))', "}()"])
        self.println('"loopclo"', x, "len(%s)" % fs)

    # ---- pointer methods on addressable elements --------------------------
    def vecs(self):
        return self.local("[]Vec", "vs", lambda: "[]Vec{{%s, 1}, {2, %d}}" % (self.int_expr(), R.randint(0, 9)))

    def s_elem_methods(self):
        vs, x = self.vecs(), self.acc()
        self.block("if len(%s) > 0 {" % vs,
                   ["%s[0].Add(%s)" % (vs, self.int_expr()),
                    "%s += %s[len(%s)-1].Len2()" % (x, vs, vs)])
        kind = R.randrange(3)
        if kind == 0:
            self.block("for i := range %s {" % vs, ["%s[i].Add(i)" % vs])
        elif kind == 1:
            self.block("for _, v := range %s {" % vs, ["v.Add(5)", "%s += v.X" % x])
        else:
            arr = self.fresh("av")
            self.emit("%s := [3]Vec{{1, 1}}" % arr)
            self.used.append(arr)
            self.emit("%s[1].Add(%s)" % (arr, self.int_expr()))
            self.println('"arrvec"', arr, "&%s[1]" % arr, "%s[1].Len2()" % arr)
        if R.random() < 0.5:
            p = self.fresh("pv")
            self.block("if len(%s) > 1 {" % vs,
                       ["%s := &%s[1]" % (p, vs), "%s.Add(3)" % p,
                        'fmt.Println("elem", %s, %s.Len2())' % (p, p)])
        self.println('"vecs"', x, vs)

    # ---- struct and array comparison, arrays as values --------------------
    def s_arrays(self):
        a, b, x = self.fresh("a"), self.fresh("b"), self.acc()
        self.declare("[4]int", a, "[4]int{%s, 2, %s}" % (self.int_expr(), self.int_expr()))
        self.declare("[4]int", b, a)
        self.emit("%s[%d] = %s" % (b, R.randint(0, 3), self.int_expr()))
        self.emit("%s += sumArr(%s)" % (x, R.choice([a, b])))
        kind = R.randrange(3)
        if kind == 0:
            self.block("for i, v := range %s {" % a, ["%s[3] = 100 + i" % a, "%s += v" % x])
        elif kind == 1:
            self.block("for i, v := range &%s {" % a, ["%s[3] = 100 + i" % a, "%s += v" % x])
        else:
            self.block("for i, v := range %s[:] {" % a, ["%s[3] = 100 + i" % a, "%s += v" % x])
        self.println('"arrays"', x, a, b, "%s == %s" % (a, b), "%s != [4]int{}" % a)

    def s_grid_value(self):
        gv, x = self.fresh("gv"), self.acc()
        self.declare("Grid", gv, "Grid{}")
        self.emit("%s.Set(%d, %d, %s)" % (gv, R.randint(0, 2), R.randint(0, 2), self.int_expr()))
        cp = self.fresh("gc")
        self.emit("%s := %s" % (cp, gv))
        self.used.append(cp)
        self.emit("%s[1][1] = %d" % (cp, R.randint(1, 9)))
        self.emit("%s += %s.Sum() + %s.Sum()" % (x, gv, cp))
        self.println('"gridv"', x, gv, "%s == %s" % (gv, cp), "%s[1]" % cp)

    # ---- strings by byte and by rune --------------------------------------
    def s_bytes(self):
        s, x = self.str_expr(), self.acc()
        sv = self.fresh("w")
        self.declare("string", sv, s)
        self.block("for i := 0; i < len(%s); i++ {" % sv,
                   ["%s += int(%s[i])" % (x, sv),
                    "if %s[i] >= 'a' && %s[i] <= 'z' {" % (sv, sv),
                    '    fmt.Printf("%%c", %s[i]-32)' % sv, "}"])
        self.emit("fmt.Println()")
        n = self.fresh("n")
        self.declare("int", n, "0")
        self.block("for range %s {" % sv, ["%s++" % n])
        self.emit('fmt.Printf("%%d %%d %%q %%x\\n", len(%s), %s, %s, %s)' % (sv, n, sv, sv))
        self.block("if len(%s) > 1 {" % sv,
                   ['fmt.Printf("%%d %%c %%v %%q\\n", %s[1], %s[1], %s[:1], %s[1:])' % (sv, sv, sv, sv)])
        self.println('"bytes"', x, "[]byte(%s)" % sv)

    # ---- switch with fallthrough -------------------------------------------
    def s_fallthrough(self):
        x = self.acc()
        v = self.int_expr()
        self.block("switch %s %% 4 {" % v,
                   ["case 0:", "    %s += 1" % x, "    fallthrough",
                    "case 1:", "    %s += 10" % x, "    fallthrough",
                    "case 2:", "    %s += 100" % x,
                    "default:", "    %s += 1000" % x])
        if R.random() < 0.5:
            self.block("switch {",
                       ["case %s > 5:" % x, '    fmt.Println("big")', "    fallthrough",
                        "case %s > 2:" % x, '    fmt.Println("medium")',
                        "default:", '    fmt.Println("small")'])
        self.println('"fall"', x)

    # ---- swaps of elements, fields and map entries -------------------------
    def s_swaps(self):
        kind = R.randrange(3)
        if kind == 0:
            xs = self.local("[]int", "sw", lambda: "[]int{%s, %s, %d}" % (self.int_expr(), self.int_expr(), R.randint(0, 9)))
            self.block("if len(%s) > 1 {" % xs,
                       ["%s[0], %s[len(%s)-1] = %s[len(%s)-1], %s[0]" % (xs, xs, xs, xs, xs, xs)])
            self.println('"swapxs"', xs)
        elif kind == 1:
            vs = self.vecs()
            self.block("for i := range %s {" % vs,
                       ["%s[i].X, %s[i].Y = %s[i].Y, %s[i].X" % (vs, vs, vs, vs)])
            self.println('"swapvs"', vs)
        else:
            m = self.stocks()
            a, b = R.sample(KEYS, 2)
            self.emit("%s[%s], %s[%s] = %s[%s], %s[%s]" % (m, a, m, b, m, b, m, a))
            self.println('"swapm"', m)

    # ---- error values ---------------------------------------------------------
    def s_errors(self):
        err = self.fresh("err")
        self.declare("error", err, "check(%s)" % self.int_expr())
        kind = R.randrange(3)
        if kind == 0:
            c = self.fresh("c")
            self.emit("var %s Code" % c)
            self.used.append(c)
            self.block("if errors.As(%s, &%s) {" % (err, c),
                       ['fmt.Println("code", int(%s), %s)' % (c, c)])
        elif kind == 1:
            self.block("switch e := %s.(type) {" % err,
                       ["case nil:", '    fmt.Println("ok")', "case Code:",
                        '    fmt.Println("code", e, int(e)+1)', "default:",
                        '    fmt.Println("other", e, errors.Unwrap(e) == ErrEmpty)'])
        else:
            w = self.fresh("we")
            self.declare("error", w, 'fmt.Errorf("wrap: %%w", %s)' % err)
            self.println('"wrapped"', w, "errors.Is(%s, ErrEmpty)" % w, "%s == nil" % err)
        if R.random() < 0.3:
            self.emit("gerr = " + err)
        self.println('"err"', err, "%s != nil" % err)

    # ---- interfaces embedding interfaces ---------------------------------------
    def s_readwriter(self):
        rw = self.pick("ReadWriter")
        if rw is None or R.random() < 0.5:
            rw = self.fresh("rw")
            self.emit("var %s ReadWriter = &Buf{}" % rw)
            self.vars["ReadWriter"].append(rw)
            self.used.append(rw)
        x = self.acc()
        self.emit("%s += %s.Write(%s)" % (x, rw, self.str_expr()))
        self.emit('%s.Write("z")' % rw)
        w = self.fresh("wr")
        self.emit("var %s Writer = %s" % (w, rw))
        self.used.append(w)
        self.emit("%s += %s.Write(%s)" % (x, w, self.str_expr()))
        if R.random() < 0.5:
            back = self.fresh("back")
            self.emit("%s, ok := %s.(ReadWriter)" % (back, w))
            self.used.append(back)
            self.block("if ok {", ['fmt.Println("first", %s.Read())' % back])
        if R.random() < 0.5:
            self.println('"drain"', "drain(%s)" % rw)
        if R.random() < 0.2:
            self.emit("grw = " + rw)
        self.println('"rw"', x)

    # ---- Stringers in fmt -----------------------------------------------------
    def s_stringer(self):
        t = self.local("Temp", "t", lambda: "Temp(%s)" % self.int_expr())
        kind = R.randrange(4)
        if kind == 0:
            self.emit('fmt.Printf("%%v %%d %%s %%5v|\\n", %s, %s, %s, %s)' % (t, t, t, t))
            self.println("[]Temp{%s, %d}" % (t, R.randint(0, 9)), 'map[string]Temp{"a": %s}' % t)
        elif kind == 1:
            tg = self.fresh("tg")
            self.emit('%s := Tagged{%s, %s, %s + 1}' % (tg, t, self.str_expr(), t))
            self.used.append(tg)
            self.emit('fmt.Printf("%%v %%+v\\n", %s, %s)' % (tg, tg))
            self.println(tg, "&%s.T" % tg)
        elif kind == 2:
            v = self.fresh("vv")
            self.emit("%s := Vec{%s, %d}" % (v, self.int_expr(), R.randint(0, 9)))
            self.used.append(v)
            self.emit("%s.Add(1)" % v)
            self.println(v, "&" + v, "fmt.Sprint(&%s) == %s.String()" % (v, v))
            self.declare("*Vec", self.fresh("pv"), "&" + v)
        else:
            s = self.fresh("sv")
            self.declare("string", s, 'fmt.Sprintf("%%s/%%v/%%03d", %s, %s, %s)' % (t, t, t))
            self.println(s, "len(%s)" % s)

    # ---- append sharing a backing array ------------------------------------
    def s_append_alias(self):
        base, a, b = self.fresh("bs"), self.fresh("ap"), self.fresh("aq")
        cap = R.randint(2, 4)
        self.declare("[]int", base, "make([]int, 2, %d)" % cap)
        self.declare("[]int", a, "append(%s, %s)" % (base, self.int_expr()))
        self.declare("[]int", b, "append(%s, %d)" % (base, R.randint(0, 9)))
        self.emit("%s[0] = %s" % (a, self.int_expr()))
        if R.random() < 0.5:
            c = self.fresh("cp")
            self.declare("[]int", c, "make([]int, len(%s))" % a)
            self.emit("copy(%s, %s)" % (c, a))
            self.emit("%s[1] = 42" % c)
        self.println('"alias"', base, a, b, "len(%s)" % a, "cap(%s)" % b)

    # ---- a nil pointer in a non-nil error ----------------------------------
    def s_typed_nil(self):
        nf, err = self.fresh("np"), self.fresh("te")
        self.emit("var %s *NotFound" % nf)
        self.used.append(nf)
        if R.random() < 0.5:
            self.emit("%s = &NotFound{%s}" % (nf, self.str_expr()))
        self.emit("var %s error = %s" % (err, nf))
        self.vars["error"].append(err)
        self.used.append(err)
        self.println('"typednil"', "%s == nil" % err, "%s == nil" % nf, err)
        self.block("if %s != nil {" % nf, ['fmt.Println("key", %s.Key, %s)' % (nf, err)])

    # ---- method values of elements, struct copies holding arrays -----------
    def s_elem_method_value(self):
        vs, x = self.vecs(), self.acc()
        f = self.fresh("lf")
        self.block("if len(%s) > 0 {" % vs,
                   ["%s := %s[0].Len2" % (f, vs), "%s[0].Add(%s)" % (vs, self.int_expr()),
                    "%s += %s() - %s[0].Len2()" % (x, f, vs)])
        if R.random() < 0.5:
            h = self.fresh("hp")
            self.emit("%s := [2]Stock{{Name: %s}, {Qty: %s}}" % (h, self.str_expr(), self.int_expr()))
            self.used.append(h)
            c = self.fresh("hc")
            self.emit("%s := %s" % (c, h))
            self.used.append(c)
            self.emit("%s[1].Qty++" % c)
            self.emit("%s += %s[1].Qty" % (x, h))
            self.println('"holders"', h, c, "%s == %s" % (h, c), "%s[0] == %s[0]" % (h, c))
        self.println('"mval"', x)

    def s_store_global(self):
        if self.vars["ReadWriter"]:
            self.emit("grw = " + self.pick("ReadWriter"))
        elif self.vars["[][]int"]:
            self.emit("grid = " + self.pick("[][]int"))

    def call_arg(self, t):
        if t == "int":
            return self.int_expr()
        if t == "string":
            return self.str_expr()
        if t == "[]int":
            return "[]int{%s}" % self.int_expr()
        if t == "map[string]Stock":
            return 'map[string]Stock{"cog": {"cog", %s, 2}}' % self.int_expr()
        if t == "[][]int":
            return "[][]int{{%s}}" % self.int_expr()
        if t == "ReadWriter":
            return "&Buf{}"
        if t == "[]Vec":
            return "[]Vec{{%s, 0}}" % self.int_expr()
        return None

    s_int_local, s_addr_local, s_call = BaseBody.s_int_local, BaseBody.s_addr_local, BaseBody.s_call

    STMTS = [s_map_struct, s_map_struct, s_lookup, s_struct_keys, s_grid, s_grid, s_loop_closures,
             s_elem_methods, s_elem_methods, s_arrays, s_grid_value, s_bytes, s_fallthrough,
             s_swaps, s_errors, s_errors, s_readwriter, s_stringer, s_stringer, s_append_alias,
             s_typed_nil, s_elem_method_value, s_store_global,
             s_int_local, s_addr_local, s_call, s_call]

    def ret_cands(self, t, cands):
        if t == "string":
            cands += [self.str_expr() + ' + "!"']
        if t == "error":
            cands += ["nil", "ErrEmpty", "check(%s)" % self.int_expr(), "Code(%d)" % R.randint(1, 9)]
        if t == "Stock":
            cands += [self.stock_lit('"ret"')]
        if t == "[]Vec":
            cands += ["[]Vec{{%s, 2}}" % self.int_expr()]
        if t == "[][]int":
            cands += ["[][]int{{%s}, nil}" % self.int_expr()]
        if t == "Temp":
            cands += ["Temp(%s)" % self.int_expr()]
        if t == "ReadWriter":
            cands += ["&Buf{[]string{%s}}" % self.str_expr()]


# Seeds above 1000 (WRAP_FROM) also have structs embedding interfaces, so
# go1.19's <autogenerated> wrappers of promoted interface methods: an
# interface with pointer, slice and interface parameters embedded by value
# (Pipe) and through an embedded pointer two levels down (Chain), an
# embedded error (Fault) and sort.Interface (revInts, declaring Less);
# called directly, through the interface (partially devirtualized when the
# variable is assigned once), deferred, and converted (itabs). Seeds up to
# 1000 are the programs they always were.
WRAP_FROM = 1001

WRAP_TYPES = """
type Source interface {
    Next(p *int) *int
    Fill(xs []int, tag interface{}) []int
}

type counter struct {
    n int
}

func (c *counter) Next(p *int) *int {
    c.n++
    return p
}

func (c *counter) Fill(xs []int, tag interface{}) []int {
    return append(xs, c.n)
}

type Pipe struct {
    Source
    name string
}

type Chain struct {
    *Pipe
    depth int
}

type Fault struct {
    error
    op string
}

type ints []int

func (s ints) Len() int           { return len(s) }
func (s ints) Less(i, j int) bool { return s[i] < s[j] }
func (s ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type revInts struct {
    sort.Interface
}

func (r revInts) Less(i, j int) bool { return r.Interface.Less(j, i) }
"""


class WrapBody(Body):
    """Body with the embedded-interface statements (seeds >= WRAP_FROM)."""

    def s_pipe(self):
        p, v, x = self.fresh("pp"), self.fresh("pv"), self.acc()
        self.emit("%s := Pipe{Source: &counter{}, name: %s}" % (p, self.str_expr()))
        self.used.append(p)
        self.emit("%s := %s" % (v, self.int_expr()))
        self.used.append(v)
        self.emit("%s += *%s.Next(&%s)" % (x, p, v))
        kind = R.randrange(4)
        if kind == 0:
            src = self.fresh("src")
            self.emit("var %s Source = %s" % (src, p))
            self.used.append(src)
            self.emit("%s += len(%s.Fill(nil, %s))" % (x, src, self.int_expr()))
        elif kind == 1:
            c = self.fresh("ch")
            self.emit("%s := &Chain{&%s, %d}" % (c, p, R.randint(1, 3)))
            self.used.append(c)
            self.emit("%s += len(%s.Fill([]int{%s}, %s))" % (x, c, self.int_expr(), self.str_expr()))
            if R.random() < 0.5:
                src = self.fresh("src")
                self.emit("var %s Source = %s" % (src, c))
                self.used.append(src)
                self.emit("%s += *%s.Next(&%s)" % (x, src, v))
        elif kind == 2:
            self.emit("defer %s.Next(&%s)" % (p, v))
        else:
            self.emit("%s += *useSource(%s, &%s)" % (x, "&" + p if R.random() < 0.5 else p, v))
        self.println('"pipe"', x, "%s.name" % p)

    def s_fault(self):
        e = self.fresh("fe")
        self.emit("var %s error = Fault{%s, %s}" % (e, R.choice(['errors.New("boom")', "ErrEmpty", "Code(3)"]),
                                                    self.str_expr()))
        self.vars["error"].append(e)
        self.used.append(e)
        if R.random() < 0.5:
            self.println('"fault"', "%s.Error()" % e)
        else:
            self.println('"fault"', e, "errors.Is(%s, ErrEmpty)" % e)

    def s_reverse(self):
        xs = self.fresh("rs")
        self.emit("%s := ints{%s, %d, %s}" % (xs, self.int_expr(), R.randint(0, 9), self.int_expr()))
        self.used.append(xs)
        self.emit("sort.Sort(revInts{%s})" % xs)
        self.println('"rev"', "[]int(%s)" % xs)

    STMTS = Body.STMTS + [s_pipe, s_pipe, s_fault, s_reverse]


WRAP_FUNCS = """
func useSource(s Source, p *int) *int {
    return s.Next(p)
}
"""


def gen_fn(i, callees, imports, body=Body):
    return base_gen_fn(i, lambda fn: body(fn, callees, imports),
                       lambda: ([p for p in PARAMS if R.random() < 0.35] or
                                [PARAMS[R.randrange(len(PARAMS))]]),
                       RESULTS, (3, 9))


def arg_for(t):
    return {"int": "7", "string": '"héllo"', "[]int": "[]int{5, 3, 8}",
            "map[string]Stock": 'map[string]Stock{"ax": {"ax", 2, 3}, "bolt": {"bolt", 1, 4}}',
            "[][]int": "[][]int{{1, 2}, {3}}", "ReadWriter": '&Buf{[]string{"in"}}',
            "[]Vec": "[]Vec{{1, 2}, {3, 4}, {5, 6}}", "*int": "new(int)"}[t]


def show(t, v):
    """an expression printing result v of type t (no pointer is printed)"""
    if t == "ReadWriter":
        return "drain(%s)" % v
    return v


def program(seed):
    imports = {"errors", "fmt", "strconv"}    # the prelude uses them
    wrap = seed >= WRAP_FROM
    body = WrapBody if wrap else Body
    fns, texts = gen_fns(seed, lambda i, callees: gen_fn(i, callees, imports, body))
    lines = main_calls(calls_of(fns, arg_for, show),
                       [], ["    fmt.Println(len(gstocks), grw != nil, gerr, len(grid))"])
    if wrap:
        imports.add("sort")
    types = TYPES + WRAP_TYPES + WRAP_FUNCS if wrap else TYPES
    return program_text("gen_go_twins_lab.py", seed, imports, types, texts, lines)


def main():
    base_main(program)


if __name__ == "__main__":
    main()
