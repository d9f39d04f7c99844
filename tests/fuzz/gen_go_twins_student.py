#!/usr/bin/env python3
"""gen_go_twins_student.py SEED | FIRST LAST DIR: a random program that is
both ML0 and Go, made of the shapes students write in their first labs
that the other three generators leave out (with three arguments: seeds
FIRST..LAST written to DIR/seedN.ml0).

The fourth generator (own seeds; gen_go_twins.py, gen_go_twins_ext.py and
gen_go_twins_more.py keep theirs): methods with value receivers called
through pointers (`pp.Sum()` with `func (p Point) Sum()`, and pointer
receivers through addressable values, `pv.Move(1, 2)`), method values of
both, embedded structs (a `Base` in a `User`: promoted fields and methods,
`u.Base.Tag(...)`, a `*Point` field), maps of slices (`m[k] = append(m[k],
v)`, `len(m[k])`, delete, printing the whole map, which fmt prints in key
order), closures returned from functions (an adder keeping its argument,
a pair of closures sharing one variable, a closure over a parameter's
pointer, a closure made by a local func literal), slices of structs with
pointer fields (`[]Item` whose `count *int` points at a per-iteration
variable; `[]*Point` built in a loop), fmt.Sprintf and fmt.Fprintf into a
strings.Builder, interfaces holding pointers (`var sh Shape = &Rect{...}`,
`[]Shape{&Rect{...}, Square{...}}`, assertions to `*Rect` that mutate),
defer in loops (of fmt calls, of closures with and without arguments,
printing when the function returns) and multiple results (`lo, hi :=
minmax(xs)`, `n, err := parse(s)` with a wrapped strconv error, a swap).

Its Go twin is the same text with `package main ` put in front (the first
line is a comment). Everything prints through fmt, nothing prints a
pointer, no output depends on a map's iteration order (ranges only sum;
fmt prints maps sorted by key), every pointer dereferenced is non-nil and
every local is used. go_diff.sh --student runs seeds through
go_twin_diff.py (`-m` lines byte for byte; with --run-both the output
under both runtimes).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_go_twins_base import R, Body as BaseBody, calls_of, gen_fn as base_gen_fn, gen_fns, main as base_main, main_calls, \
    program_text  # noqa: E402

TYPES = """
type Point struct {
    X, Y int
}

func (p Point) Sum() int {
    return p.X + p.Y
}

func (p Point) String() string {
    return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

func (p *Point) Move(dx, dy int) {
    p.X += dx
    p.Y += dy
}

type Base struct {
    ID   int
    Tags []string
}

func (b Base) Describe() string {
    return "base#" + strconv.Itoa(b.ID) + "/" + strconv.Itoa(len(b.Tags))
}

func (b *Base) Tag(t string) {
    b.Tags = append(b.Tags, t)
}

type User struct {
    Base
    Name string
    Best *Point
}

type Item struct {
    name  string
    count *int
    pos   *Point
}

type Shape interface {
    Area() int
    Label() string
}

type Rect struct {
    w, h int
}

func (r *Rect) Area() int {
    return r.w * r.h
}

func (r *Rect) Label() string {
    return "rect"
}

func (r *Rect) Scale(k int) {
    r.w *= k
    r.h *= k
}

type Square struct {
    s int
}

func (s Square) Area() int {
    return s.s * s.s
}

func (s Square) Label() string {
    return "square"
}

func minmax(xs []int) (int, int) {
    if len(xs) == 0 {
        return 0, 0
    }
    lo, hi := xs[0], xs[0]
    for _, x := range xs[1:] {
        if x < lo {
            lo = x
        }
        if x > hi {
            hi = x
        }
    }
    return lo, hi
}

func parse(s string) (int, error) {
    n, err := strconv.Atoi(s)
    if err != nil {
        return 0, fmt.Errorf("parse %q: %w", s, err)
    }
    return n, nil
}

func adder(base int) func(int) int {
    return func(d int) int {
        base += d
        return base
    }
}

func makePair() (func(int), func() int) {
    total := 0
    return func(n int) {
            total += n
        }, func() int {
            return total
        }
}

func keepPtr(p *int) func() int {
    return func() int {
        return *p * 2
    }
}

func joinInts(xs []int) string {
    var sb strings.Builder
    for i, x := range xs {
        if i > 0 {
            sb.WriteString(",")
        }
        sb.WriteString(strconv.Itoa(x))
    }
    return sb.String()
}

var gusers []*User
var gshape Shape
var gfn func(int) int
var gitems []Item
"""

PARAMS = [("k", "int"), ("s", "string"), ("xs", "[]int"), ("p", "*Point"), ("u", "*User"),
          ("sh", "Shape"), ("m", "map[string][]int"), ("ip", "*int")]
RESULTS = ["int", "string", "*Point", "Point", "Shape", "[]int", "func(int) int", "", "*User"]
ALL_TYPES = ["int", "*int", "string", "[]int", "*Point", "Point", "*User", "User", "Shape",
             "[]Shape", "map[string][]int", "func(int) int", "[]Item", "[]*Point", "error"]
KEYS = ['"a"', '"b"', '"c"']
NUMS = ['"12"', '"-7"', '"x1"', '""', '"300"', '"0"']


class Body(BaseBody):
    """The statements of one function, its variables by type, and the
    packages it uses."""

    TYPES = ALL_TYPES
    INT_FIELDS = [("*Point", "%s.X"), ("*User", "%s.ID")]

    def __init__(self, fn, callees, imports):
        BaseBody.__init__(self, fn, callees)
        self.imports = imports

    def more_int_choices(self, choices):
        if self.vars["[]int"]:
            choices.append("len(%s)" % self.pick("[]int"))
        if self.vars["Point"] and R.random() < 0.4:
            choices.append(self.pick("Point") + ".Y")
        if self.vars["map[string][]int"] and R.random() < 0.4:
            choices.append("len(%s[%s])" % (self.pick("map[string][]int"), R.choice(KEYS)))

    def str_expr(self):
        choices = ['"w%d"' % R.randint(0, 9)]
        if self.vars["string"]:
            choices.append(self.pick("string"))
        if self.vars["*User"] and R.random() < 0.3:
            choices.append(self.pick("*User") + ".Name")
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

    def point(self):
        """a *Point local (declared here when there is none)"""
        p = self.pick("*Point")
        if p and R.random() < 0.6:
            return p
        p = self.fresh("pp")
        self.declare("*Point", p, "&Point{%s, %s}" % (self.int_expr(), self.int_expr()))
        return p

    # ---- methods: value receivers through pointers and back ------------------
    def s_value_recv(self):
        x = self.acc()
        pp = self.point()
        self.emit("%s += %s.Sum()" % (x, pp))
        if R.random() < 0.5:
            pv = self.fresh("pv")
            self.declare("Point", pv, "Point{X: %s}" % self.int_expr())
            self.emit("%s.Move(%s, 1)" % (pv, self.int_expr()))
            self.emit("%s += %s.Sum()" % (x, pv))
            if R.random() < 0.4:
                self.emit("%s = %s" % (pp, "&" + pv))
        if R.random() < 0.5:
            f = self.fresh("mv")
            self.emit("%s := %s.%s" % (f, pp, R.choice(["Sum", "String"])))
            self.used.append(f)
            self.emit("%s.Move(2, 3)" % pp)
            self.println('"mvalue"', f + "()", pp + ".String()")
        else:
            self.emit("%s.Move(-1, %s)" % (pp, self.int_expr()))
        self.println('"recv"', x, "*" + pp, pp + ".Sum()")

    # ---- embedded structs ------------------------------------------------
    def s_embedded(self):
        if self.vars["*User"] and R.random() < 0.4:
            u = self.pick("*User")
        elif R.random() < 0.5:
            u = self.fresh("up")
            self.declare("*User", u, "&User{Base: Base{ID: %s}, Name: %s}" % (self.int_expr(), self.str_expr()))
        else:
            u = self.fresh("uv")
            self.declare("User", u, "User{Base{%s, nil}, %s, nil}" % (self.int_expr(), self.str_expr()))
        self.emit("%s.Tag(%s)" % (u, self.str_expr()))
        if R.random() < 0.5:
            self.emit("%s.Base.Tag(%s)" % (u, R.choice(['"x"', '"y"'])))
        if R.random() < 0.5:
            self.emit("%s.Best = %s" % (u, self.point()))
            self.println('"best"', "%s.Best.Sum()" % u)
        self.emit("%s.ID += %d" % (u, R.randint(1, 5)))
        if u in self.vars["*User"] and R.random() < 0.3:
            self.emit("gusers = append(gusers, %s)" % u)
        self.println('"user"', u + ".Describe()", u + ".Name", "len(%s.Tags)" % u, u + ".Tags")

    # ---- maps of slices --------------------------------------------------
    def s_map_slices(self):
        if self.vars["map[string][]int"] and R.random() < 0.5:
            m = self.pick("map[string][]int")
        else:
            m = self.fresh("ms")
            form = R.choice(["map[string][]int{}", "make(map[string][]int)",
                             'map[string][]int{"a": {1, 2}, "c": nil}'])
            self.declare("map[string][]int", m, form)
        v = self.int_expr()
        self.block("for i := 0; i < %d; i++ {" % R.randint(1, 5),
                   ["key := []string{%s}[i%%3]" % ", ".join(KEYS),
                    "%s[key] = append(%s[key], i*%s)" % (m, m, v)])
        if R.random() < 0.3:
            self.emit("delete(%s, %s)" % (m, R.choice(KEYS)))
        x = self.acc()
        self.block("for _, vs := range %s {" % m,
                   ["for _, v := range vs {", "    %s += v" % x, "}"])
        if R.random() < 0.5:
            xs = self.fresh("got")
            self.emit("%s, ok := %s[%s]" % (xs, m, R.choice(KEYS)))
            self.vars["[]int"].append(xs)
            self.used.append(xs)
            self.println('"get"', xs, "ok")
        self.println('"mapsl"', x, "len(%s)" % m, m)

    # ---- closures returned from functions --------------------------------
    def s_closure_ret(self):
        x, kind = self.acc(), R.randrange(4)
        if kind == 0:
            f = self.fresh("ad")
            self.declare("func(int) int", f, "adder(%s)" % self.int_expr())
            self.emit("%s += %s(1) + %s(%s)" % (x, f, f, self.int_expr()))
            if R.random() < 0.3:
                self.emit("gfn = " + f)
        elif kind == 1:
            add, get = self.fresh("add"), self.fresh("get")
            self.emit("%s, %s := makePair()" % (add, get))
            self.used += [add, get]
            self.emit("%s(%s)" % (add, self.int_expr()))
            self.emit("%s(%d)" % (add, R.randint(1, 9)))
            self.emit("%s += %s()" % (x, get))
        elif kind == 2:
            q = self.pick("*int")
            if q is None:
                n = self.fresh("n")
                self.declare("int", n, self.int_expr())
                q = "&" + n
            g = self.fresh("kp")
            self.emit("%s := keepPtr(%s)" % (g, q))
            self.used.append(g)
            self.emit("%s += %s()" % (x, g))
        else:
            mk, g = self.fresh("mk"), self.fresh("g")
            self.block("%s := func(n int) func(int) int {" % mk,
                       ["return func(d int) int {", "    return n*10 + d", "}"])
            self.used.append(mk)
            self.declare("func(int) int", g, "%s(%s)" % (mk, self.int_expr()))
            self.emit("%s += %s(%d)" % (x, g, R.randint(0, 9)))
        self.println('"closure"', x)

    # ---- slices of structs with pointer fields ---------------------------
    def s_items(self):
        its, n, x = self.fresh("its"), R.randint(1, 4), self.acc()
        self.declare("[]Item", its, "[]Item{}")
        s = self.str_expr()
        self.block("for i := 0; i < %d; i++ {" % n,
                   ["c := i * %s" % self.int_expr(),
                    "%s = append(%s, Item{name: %s, count: &c})" % (its, its, s)])
        if R.random() < 0.5:
            self.emit("%s[0].pos = %s" % (its, self.point()))
            self.println('"pos"', "%s[0].pos.Sum()" % its)
        self.block("for _, it := range %s {" % its, ["%s += *it.count + len(it.name)" % x])
        if R.random() < 0.5:
            self.emit("*%s[%d].count = %s" % (its, n - 1, self.int_expr()))
        if R.random() < 0.2:
            self.emit("gitems = %s" % its)
        self.println('"items"', x, "len(%s)" % its, "*%s[0].count" % its)

    def s_points(self):
        ps, x = self.fresh("ps"), self.acc()
        self.declare("[]*Point", ps, "[]*Point{}")
        self.block("for i := 0; i < %d; i++ {" % R.randint(1, 4),
                   ["%s = append(%s, &Point{i, %s})" % (ps, ps, self.int_expr())])
        self.block("for _, q := range %s {" % ps, ["q.Move(1, 1)", "%s += q.Sum()" % x])
        if R.random() < 0.4:
            self.declare("*Point", self.fresh("last"), "%s[len(%s)-1]" % (ps, ps))
        self.println('"points"', x, "*%s[0]" % ps)

    # ---- strings.Builder with fmt ----------------------------------------
    def s_builder(self):
        sb = self.fresh("sb")
        value = R.random() < 0.5
        if value:
            self.emit("var %s strings.Builder" % sb)
        else:
            self.emit("%s := &strings.Builder{}" % sb)
        self.used.append(sb)
        s = self.str_expr()
        self.block("for i := 0; i < %d; i++ {" % R.randint(1, 4),
                   ['%s.WriteString(fmt.Sprintf("%%d:%%s;", i, %s))' % (sb, s)])
        # a Builder value is written to through its address, a *Builder as is
        w = "&" + sb if value else sb
        self.emit(R.choice(['fmt.Fprintf(%s, "[%%v|%%5d|%%-4s]", %s, %s, %s)',
                            'fmt.Fprint(%s, %s, " ", %s, %s)',
                            'fmt.Fprintln(%s, %s, %s, %s)'])
                  % (w, self.int_expr(), self.int_expr(), s))
        self.emit("%s.WriteByte('!')" % sb)
        if self.vars["[]int"] and R.random() < 0.5:
            self.emit("%s.WriteString(joinInts(%s))" % (sb, self.pick("[]int")))
        self.println('"builder"', sb + ".String()", sb + ".Len()")

    # ---- interfaces holding pointers --------------------------------------
    def s_iface_ptr(self):
        x = self.acc()
        sh = self.fresh("sh")
        if R.random() < 0.5:
            self.emit("var %s Shape = &Rect{%s, %s}" % (sh, self.int_expr(), R.randint(1, 4)))
        else:
            self.emit("%s := Shape(Square{%s})" % (sh, self.int_expr()))
        self.vars["Shape"].append(sh)
        self.used.append(sh)
        other = self.pick("Shape")
        shs = self.fresh("shs")
        self.declare("[]Shape", shs, "[]Shape{%s, &Rect{2, %s}, Square{%d}}" % (other, self.int_expr(), R.randint(1, 5)))
        self.block("for _, e := range %s {" % shs,
                   ["if r, ok := e.(*Rect); ok {", "    r.Scale(2)", "}",
                    "%s += e.Area()" % x])
        if R.random() < 0.4:
            self.block("switch v := %s.(type) {" % sh,
                       ["case *Rect:", "    %s += v.w" % x, "case Square:", "    %s += v.s" % x])
        if R.random() < 0.3:
            self.emit("gshape = " + sh)
        self.println('"iface"', x, sh + ".Label()", sh + ".Area()", "len(%s)" % shs)

    # ---- defer in loops ------------------------------------------------------
    def s_defer_loop(self):
        n, kind = R.randint(1, 3), R.randrange(3)
        if kind == 0:
            self.block("for i := 0; i < %d; i++ {" % n,
                       ['defer fmt.Println("defer", i, %s)' % self.str_expr()])
        elif kind == 1:
            x = self.acc()
            self.block("for i := 0; i < %d; i++ {" % n,
                       ["defer func(v int) {", '    fmt.Println("deferred", v, %s)' % x, "}(i * %s)" % self.int_expr()])
        else:
            pp = self.point()
            self.block("for i := 0; i < %d; i++ {" % n,
                       ["defer func() {", "    %s.Move(i, 1)" % pp, '    fmt.Println("dpt", i, *%s)' % pp, "}()"])

    # ---- multiple results ------------------------------------------------
    def s_multi(self):
        kind = R.randrange(3)
        if kind == 0:
            xs = self.pick("[]int")
            if xs is None:
                xs = self.fresh("vals")
                self.declare("[]int", xs, "[]int{%s, %d, %s}" % (self.int_expr(), R.randint(-5, 5), self.int_expr()))
            lo, hi = self.fresh("lo"), self.fresh("hi")
            self.emit("%s, %s := minmax(%s)" % (lo, hi, xs))
            self.vars["int"] += [lo, hi]
            self.used += [lo, hi]
            self.println('"minmax"', lo, hi)
        elif kind == 1:
            n, err = self.fresh("n"), self.fresh("err")
            self.emit("%s, %s := parse(%s)" % (n, err, R.choice(NUMS)))
            self.vars["int"].append(n)
            self.vars["error"].append(err)
            self.used += [n, err]
            self.block("if %s != nil {" % err,
                       ['fmt.Println("error:", %s)' % err],
                       "} else {")
            self.emit('    fmt.Println("parsed", %s)' % n)
            self.emit("}")
        else:
            a, b = self.fresh("a"), self.fresh("b")
            self.emit("%s, %s := %s, %s" % (a, b, self.int_expr(), self.int_expr()))
            self.vars["int"] += [a, b]
            self.used += [a, b]
            self.emit("%s, %s = %s, %s" % (a, b, b, a))
            self.println('"swap"', a, b)

    def s_store_global(self):
        u = self.pick("*User")
        if u:
            self.emit("gusers = append(gusers, %s)" % u)
        elif self.vars["func(int) int"]:
            self.emit("gfn = " + self.pick("func(int) int"))

    def call_arg(self, t):
        if t == "int":
            return self.int_expr()
        if t == "string":
            return self.str_expr()
        if t == "[]int":
            return "[]int{%s}" % self.int_expr()
        if t == "*Point":
            return "&Point{%s, 1}" % self.int_expr()
        if t == "*User":
            return '&User{Name: "arg"}'
        if t == "Shape":
            return "Square{%s}" % self.int_expr()
        if t == "map[string][]int":
            return 'map[string][]int{"b": {%s}}' % self.int_expr()
        return None

    s_int_local, s_addr_local, s_call = BaseBody.s_int_local, BaseBody.s_addr_local, BaseBody.s_call

    STMTS = [s_value_recv, s_value_recv, s_embedded, s_embedded, s_map_slices, s_map_slices,
             s_closure_ret, s_closure_ret, s_items, s_points, s_builder, s_iface_ptr, s_iface_ptr,
             s_defer_loop, s_multi, s_multi, s_store_global, s_int_local, s_addr_local,
             s_call, s_call]

    def ret_cands(self, t, cands):
        if t == "string":
            cands += [self.str_expr() + ' + "!"']
        if t == "Point":
            cands += ["Point{%s, %s}" % (self.int_expr(), self.int_expr())] + \
                ["*" + v for v in self.vars["*Point"]]
        if t == "*Point":
            cands += ["&Point{X: %s}" % self.int_expr()] + ["&" + v for v in self.vars["Point"]]
        if t == "[]int":
            cands += ["[]int{%s}" % self.int_expr()]
        if t == "Shape":
            cands += ["&Rect{%s, 2}" % self.int_expr(), "Square{3}"]
        if t == "func(int) int":
            cands += ["adder(%s)" % self.int_expr()]
        if t == "*User":
            cands += ["&User{Name: %s}" % self.str_expr()] + ["&" + v for v in self.vars["User"]]


def gen_fn(i, callees, imports):
    return base_gen_fn(i, lambda fn: Body(fn, callees, imports),
                       lambda: ([p for p in PARAMS if R.random() < 0.35] or
                                [PARAMS[R.randrange(len(PARAMS))]]),
                       RESULTS, (3, 9))


def arg_for(t):
    return {"int": "7", "string": '"héllo"', "[]int": "[]int{5, 3, 8}",
            "*Point": "&Point{4, 5}", "*User": '&User{Base{1, nil}, "ann", nil}',
            "Shape": "&Rect{2, 3}", "map[string][]int": 'map[string][]int{"a": {1}}',
            "*int": "new(int)"}[t]


def show(t, v):
    """an expression printing result v of type t without pointers"""
    return {"int": v, "string": v, "Point": v, "[]int": v, "*Point": "*" + v,
            "Shape": v + ".Area()", "func(int) int": v + "(1)",
            "*User": v + ".Describe()"}[t]


def program(seed):
    imports = {"fmt", "strconv", "strings"}    # the prelude uses them
    fns, texts = gen_fns(seed, lambda i, callees: gen_fn(i, callees, imports))
    lines = main_calls(calls_of(fns, arg_for, show),
                       [], ["    fmt.Println(len(gusers), gshape != nil, gfn != nil, len(gitems))"])
    return program_text("gen_go_twins_student.py", seed, imports, TYPES, texts, lines)


def main():
    base_main(program)


if __name__ == "__main__":
    main()
