#!/usr/bin/env python3
"""gen_go_twins_more.py SEED | FIRST LAST DIR: a random program that is both
ML0 and Go, made of shapes neither gen_go_twins.py nor gen_go_twins_ext.py
writes (with three arguments: seeds FIRST..LAST written to DIR/seedN.ml0).

The third generator (own seeds; the other two keep theirs): expression
switches (tagged, tagless, with an init statement, several values per
case, `fallthrough`), type switches over `any` holding ints, strings,
structs and named types, labeled `break`/`continue` out of nested loops,
`goto` backward (a loop) and forward (a skip), struct embedding with
promoted fields and methods (value and pointer receivers, through a value
and through a pointer), named non-struct types with methods (`type
Celsius float64`, `type Counter int`, `type Color int` numbered by
`iota` with a `String` method), `==` on structs and arrays, `[...]T{}`,
variadic functions called with values and with `xs...`, closures as
generators (a counter captured by reference, one made by a function),
runes and `for i, r := range s` over non-ASCII text, `[]byte`/`[]rune`
conversions both ways, `uint8`/`uint32`/`int8` arithmetic that wraps,
strconv/strings/sort calls, fmt verbs with width, precision and flags,
functions with named results that a deferred closure changes, and
panic/recover (explicit panics and integer division by zero). A second
batch adds closures made in loops (go1.19: one variable per loop), method
values bound before a change, swaps, array value copies, integer corner
cases (negative / and %, shifts past the width), floats (shortest
printing, float32, strconv.FormatFloat), more fmt verbs and Sprint's
spacing, string switches, recovering runtime errors (index out of range,
nil dereference) and error values, defers in a loop changing a named
result, three results, unicode, an embedded pointer and a promoted method
satisfying an interface. A third batch, only in seeds from 2001 on (so
the earlier seeds write the programs they always wrote and go's cached
answers stay valid), adds a Rect with a pointer field and a Shape
interface: method values of a struct (a pointer method's binds &r, a
value method's copies r, an interface's), closures returning closures
(adder, and literals capturing by reference), variadic calls of func
values and pointers with and without `xs...`, struct copies through
interfaces asserted back, maps of slices of pointers, `for i, v := range`
over arrays of pointers (the array, its address, a slice of it),
string(bytes) and back, and defers in loops (closures over the loop
variable, fmt calls, pointer method calls).

Its Go twin is the same text with `package main ` put in front (the first
line is a comment). Every function prints what it computes with fmt
(Go's println writes to standard error), nothing prints a pointer, no
output depends on a map's order (there are no maps) or on the order
sort.Slice leaves equal elements in (structs are sorted stably), and
every local is used. go_diff.sh --more runs seeds through go_twin_diff.py
(`-m` lines byte for byte, with --run the output under both runtimes).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_go_twins_base import R, Body as BaseBody, calls_of, gen_fn as base_gen_fn, gen_fns, main as base_main, main_calls, \
    program_text  # noqa: E402

TYPES = """
type Pt struct {
    x, y int
}

type Animal struct {
    name string
    legs int
}

func (a Animal) Describe() string {
    return a.name + "/" + strconv.Itoa(a.legs)
}

func (a *Animal) Grow() {
    a.legs++
}

type Dog struct {
    Animal
    breed string
}

type Celsius float64

func (c Celsius) F() float64 {
    return float64(c)*9/5 + 32
}

type Counter int

func (c *Counter) Inc() {
    *c++
}

func (c Counter) Twice() int {
    return int(c) * 2
}

type Color int

const (
    Red Color = iota
    Green
    Blue
)

func (c Color) String() string {
    switch c {
    case Red:
        return "red"
    case Green:
        return "green"
    }
    return "blue"
}

func sum(xs ...int) int {
    t := 0
    for _, v := range xs {
        t += v
    }
    return t
}

func join(sep string, parts ...string) string {
    return strings.Join(parts, sep)
}

func counter(start int) func() int {
    n := start
    return func() int {
        n++
        return n
    }
}

func divmod(a, b int) (q, r int) {
    defer func() {
        q *= 2
    }()
    q = a / b
    r = a % b
    return
}

func safeDiv(a, b int) (res int, err error) {
    defer func() {
        if r := recover(); r != nil {
            err = fmt.Errorf("recovered: %v", r)
            res = -1
        }
    }()
    return a / b, nil
}

func mustPos(n int) (out string) {
    defer func() {
        if r := recover(); r != nil {
            out = fmt.Sprint("caught ", r)
        }
    }()
    if n < 0 {
        panic("negative " + strconv.Itoa(n))
    }
    out = strconv.Itoa(n)
    return out
}

type Logger struct {
    prefix string
    n      int
}

func (l *Logger) Log(s string) {
    l.n++
    fmt.Println(l.prefix + s)
}

type Service struct {
    *Logger
    name string
}

type Describer interface {
    Describe() string
}

type MyErr struct {
    code int
}

func (e *MyErr) Error() string {
    return "myerr " + strconv.Itoa(e.code)
}

const (
    _  = iota
    KB = 1 << (10 * iota)
    MB
)

func try(n int) (msg string) {
    defer func() {
        r := recover()
        if e, ok := r.(error); ok {
            msg = "error: " + e.Error()
        } else if r != nil {
            msg = fmt.Sprint("value: ", r)
        }
    }()
    switch n % 5 {
    case 0:
        panic(&MyErr{n})
    case 1:
        panic(n)
    case 2:
        var xs []int
        return strconv.Itoa(xs[n])
    case 3:
        var p *Pt
        return strconv.Itoa(p.x)
    }
    return "ok"
}

func accum(n int) (total int) {
    for i := 0; i < n; i++ {
        defer func(k int) {
            total = total*2 + k
        }(i)
    }
    return n
}

func split(s string) (head, tail string, ok bool) {
    for i, r := range s {
        if r == ' ' || r == ',' {
            return s[:i], s[i+1:], true
        }
    }
    head = s
    return
}

var gpt *Pt
var gcount Counter
var gstr string
"""

# The third batch (seeds from 2001 on; earlier seeds write the programs
# they always wrote, so go's cached answers stay valid): these types, and
# Body.STMTS3 drawn with STMTS.
TYPES3 = """
type Shape interface {
    Area() int
}

type Rect struct {
    w, h int
    tag  *Pt
}

func (r Rect) Area() int {
    return r.w * r.h
}

func (r *Rect) Scale(k int) {
    r.w *= k
    r.h *= k
}

func adder(base int) func(int) func() int {
    return func(d int) func() int {
        return func() int {
            base += d
            return base
        }
    }
}

func apply(fs ...func() int) int {
    t := 0
    for _, f := range fs {
        t += f()
    }
    return t
}

func firstOf(ps ...*Pt) *Pt {
    if len(ps) == 0 {
        return nil
    }
    return ps[0]
}

func keep(ps ...*Pt) []*Pt {
    return ps
}
"""
THIRD_FROM = 2001
THIRD_TYPES = ["Rect", "*Rect", "Shape", "[]*Pt", "map[string][]*Pt", "[3]*Pt"]
THIRD = [False]     # set by program(seed) for the seed being written

PARAMS = [("k", "int"), ("str", "string"), ("xs", "[]int"), ("p", "*Pt"), ("d", "*Dog"),
          ("bs", "[]byte"), ("col", "Color")]
RESULTS = ["int", "string", "Pt", "[]int", "*Pt", "", "Color"]
ALL_TYPES = ["int", "*int", "string", "[]int", "*Pt", "Pt", "*Dog", "Dog", "[]byte", "[]rune",
             "Color", "Celsius", "Counter", "func() int", "[3]int", "uint8", "uint32", "[]string"]
WORDS = ['"hello"', '"héllo"', '"日本語"', '"a b  c"', '"go,ml0,c"', '""', '"x"', '"ÅbC"']


class Body(BaseBody):
    """The statements of one function, its variables by type, the
    packages it uses and the labels it has defined."""

    TYPES = ALL_TYPES
    INT_FIELDS = [("*Pt", "%s.x"), ("*Dog", "%s.legs")]

    def __init__(self, fn, callees, imports):
        BaseBody.__init__(self, fn, callees)
        self.imports = imports
        if THIRD[0]:
            for t in THIRD_TYPES:
                self.vars[t] = []

    def stmt(self):
        R.choice(self.STMTS + self.STMTS3 if THIRD[0] else self.STMTS)(self)

    def more_int_choices(self, choices):
        if self.vars["[]int"]:
            choices.append("len(%s)" % self.pick("[]int"))
        if self.vars["uint8"] and R.random() < 0.5:
            choices.append("int(%s)" % self.pick("uint8"))
        if self.vars["Color"] and R.random() < 0.3:
            choices.append("int(%s)" % self.pick("Color"))

    def str_expr(self):
        choices = [R.choice(WORDS)]
        if self.vars["string"]:
            choices.append(self.pick("string"))
        if self.vars["*Dog"] and R.random() < 0.3:
            choices.append(self.pick("*Dog") + ".name")
        return R.choice(choices)

    def acc(self):
        """an int local to add to (declared here when there is none)"""
        if self.vars["int"] and R.random() < 0.5:
            return self.pick("int")
        x = self.fresh("x")
        self.declare("int", x, "0")
        return x

    def println(self, *args):
        self.imports.add("fmt")
        self.emit("fmt.Println(%s)" % ", ".join(args))

    # ---- switch --------------------------------------------------------------
    def s_switch(self):
        x, e = self.acc(), self.int_expr()
        kind = R.random()
        vals = R.sample(range(0, 6), 4)
        if kind < 0.4:
            head = "switch %s %% 6 {" % e if R.random() < 0.6 else \
                "switch n := %s %% 6; n {" % e
            body = ["case %d, %d:" % (vals[0], vals[1]), "    %s += %d" % (x, R.randint(1, 9))]
            if R.random() < 0.5:
                body.append("    fallthrough")
            body += ["case %d:" % vals[2], "    %s -= %d" % (x, R.randint(1, 9))]
            if R.random() < 0.5:
                body.insert(0, "default:")
                body.insert(1, "    %s *= 2" % x)
            else:
                body += ["default:", "    %s++" % x]
        else:
            head = "switch {"
            body = ["case %s > %d:" % (e, R.randint(0, 9)), "    %s += 10" % x]
            if R.random() < 0.5:
                body.append("    fallthrough")
            body += ["case %s < %d && %s != 0:" % (x, R.randint(0, 20), x),
                     "    %s += 100" % x]
            if R.random() < 0.5:
                body += ["    if %s > 150 {" % x, "        break", "    }", "    %s++" % x]
        self.block(head, body)
        self.println('"switch"', x)

    def s_type_switch(self):
        src = R.choice([self.int_expr(), self.str_expr(), "Pt{%s, 2}" % self.int_expr(),
                        "Celsius(%s)" % self.int_expr(), R.choice(["Red", "Blue"]), "nil",
                        "%d == %d" % (R.randint(0, 2), R.randint(0, 2))] +
                       self.vars["Pt"] + self.vars["Color"])
        a, v, x = self.fresh("a"), self.fresh("v"), self.acc()
        self.emit("var %s any = %s" % (a, src))
        body = ["case int:", "    %s += %s" % (x, v),
                "case string, bool:", "    fmt.Println(\"str or bool\", %s)" % v,
                "case Pt:", "    %s += %s.x + %s.y" % (x, v, v),
                "case Celsius:", "    fmt.Printf(\"%%.1f\\n\", %s.F())" % v,
                "case fmt.Stringer:", "    fmt.Println(\"stringer\", %s.String())" % v,
                "case nil:", "    fmt.Println(\"nil\", %s == nil)" % v]
        if R.random() < 0.5:
            body += ["default:", "    _ = %s" % v]
        self.imports.add("fmt")
        self.block("switch %s := %s.(type) {" % (v, a), body)
        self.println('"tswitch"', x)

    # ---- labels and goto ---------------------------------------------------------
    def s_labeled(self):
        x, lab = self.acc(), self.fresh("outer")
        n, m = R.randint(2, 4), R.randint(2, 4)
        inner = ["    for j := 0; j < %d; j++ {" % m]
        if R.random() < 0.7:
            inner += ["        if j == %d {" % R.randint(0, m), "            continue %s" % lab,
                      "        }"]
        if R.random() < 0.7 or len(inner) == 1:
            inner += ["        if i+j > %d {" % R.randint(1, n + m), "            break %s" % lab,
                      "        }"]
        inner += ["        %s += i*%d + j" % (x, R.randint(1, 5)), "    }"]
        self.emit("%s:" % lab)
        self.block("for i := 0; i < %d; i++ {" % n, inner)
        self.println('"labeled"', x)

    def s_switch_break_label(self):
        x, lab = self.acc(), self.fresh("sw")
        self.emit("%s:" % lab)
        self.block("for i := 0; i < %d; i++ {" % R.randint(2, 5),
                   ["switch i %% %d {" % R.randint(2, 3), "case 1:",
                    "    break %s" % lab, "default:", "    %s += i + 1" % x, "}"])
        self.println('"swbreak"', x)

    def s_goto(self):
        x = self.acc()
        if R.random() < 0.5:
            i, lab = self.fresh("i"), self.fresh("loop")
            self.declare("int", i, "0")
            self.emit("%s:" % lab)
            self.block("if %s < %d {" % (i, R.randint(1, 4)),
                       ["%s += %s * %d" % (x, i, R.randint(1, 3)), "%s++" % i, "goto %s" % lab])
        else:
            lab = self.fresh("skip")
            self.block("if %s > %d {" % (self.int_expr(), R.randint(0, 6)), ["goto %s" % lab])
            self.emit("%s += 1000" % x)
            self.emit("%s:" % lab)
            self.emit("%s++" % x)
        self.println('"goto"', x)

    # ---- embedding and named types ---------------------------------------------
    def s_dog(self):
        name, legs = R.choice(['"rex"', '"fido"', self.str_expr()]), self.int_expr()
        lit = "Dog{Animal: Animal{name: %s, legs: %s}, breed: %s}" % (name, legs, R.choice(WORDS))
        if R.random() < 0.5:
            self.declare("*Dog", self.fresh("pd"), "&" + lit)
        else:
            self.declare("Dog", self.fresh("dv"), lit)

    def s_promoted(self):
        d = self.pick("*Dog") or self.pick("Dog")
        if not d:
            return self.s_dog()
        self.imports.add("fmt")
        forms = ["%s.Grow()" % d, "%s.legs += 2" % d, "%s.Animal.Grow()" % d,
                 'fmt.Println(%s.Describe(), %s.name, %s.breed)' % (d, d, d),
                 'fmt.Printf("%%+v\\n", %s)' % (d if d in self.vars["Dog"] else "*" + d),
                 'fmt.Println(%s.Animal.Describe())' % d]
        self.emit(R.choice(forms))
        self.println('"dog"', "%s.legs" % d)

    def s_celsius(self):
        c = self.fresh("c")
        self.declare("Celsius", c, "Celsius(%s)" % self.int_expr())
        self.imports.add("fmt")
        self.emit(R.choice(['fmt.Printf("%%.2f %%v\\n", %s.F(), %s)' % (c, c),
                            'fmt.Println(%s.F(), %s > 10)' % (c, c),
                            'fmt.Printf("%%6.1f|%%-8.3f|%%e\\n", float64(%s), %s.F(), %s.F())' % (
                                c, c, c)]))

    def s_counter(self):
        c = self.fresh("cnt")
        self.emit("var %s Counter" % c)
        self.vars["Counter"].append(c)
        self.used.append(c)
        for _ in range(R.randint(1, 3)):
            self.emit("%s.Inc()" % c)
        if R.random() < 0.4:
            self.emit("gcount.Inc()")
        self.println('"counter"', "%s.Twice()" % c, c)

    def s_color(self):
        col = self.pick("Color")
        if not col or R.random() < 0.4:
            col = self.fresh("cl")
            self.declare("Color", col, R.choice(["Red", "Green", "Blue", "Color(%d)" % R.randint(0, 2),
                                                 "Color(%s %% 3)" % self.int_expr()]))
        self.imports.add("fmt")
        self.emit(R.choice(['fmt.Println(%s, int(%s))' % (col, col),
                            'fmt.Printf("%%v %%d %%s|%%5v|\\n", %s, %s, %s, %s)' % (col, col, col, col),
                            'fmt.Println(%s == Blue, %s.String())' % (col, col)]))

    # ---- comparisons, arrays ------------------------------------------------------
    def s_compare(self):
        x = self.acc()
        if R.random() < 0.5:
            a, b = self.fresh("pa"), self.fresh("pb")
            self.declare("Pt", a, "Pt{%s, %s}" % (self.int_expr(), self.int_expr()))
            self.declare("Pt", b, "Pt{x: %s, y: %s}" % (self.int_expr(), self.int_expr()))
            self.block("if %s == %s {" % (a, b), ["%s++" % x])
            if self.vars["*Pt"]:
                self.block("if *%s != %s {" % (self.pick("*Pt"), a), ["%s += 2" % x])
        else:
            a, b = self.fresh("arr"), self.fresh("arr")
            self.declare("[3]int", a, "[...]int{1, %s, 3}" % self.int_expr())
            self.declare("[3]int", b, "[3]int{1, 2, %s}" % self.int_expr())
            self.block("if %s == %s {" % (a, b), ["%s += len(%s)" % (x, a)])
            self.emit("%s[%d] = %s" % (b, R.randint(0, 2), self.int_expr()))
            self.println(a, b, "%s != %s" % (a, b))
        self.println('"cmp"', x)

    # ---- variadic, closures ---------------------------------------------------------
    def s_variadic(self):
        xs = self.pick("[]int")
        forms = ["sum()", "sum(%s)" % self.int_expr(), "sum(1, 2, %s)" % self.int_expr()]
        if xs:
            forms += ["sum(%s...)" % xs, "sum(%s[:len(%s)/2]...)" % (xs, xs)]
        if R.random() < 0.4:
            self.imports.add("strings")
            words = [self.str_expr() for _ in range(R.randint(0, 3))]
            self.declare("string", self.fresh("t"), 'join("%s"%s)' % (
                R.choice(["-", ", ", ""]), "".join(", " + w for w in words)))
            return
        self.declare("int", self.fresh("x"), R.choice(forms))

    def s_int_slice(self):
        self.declare("[]int", self.fresh("is"), R.choice([
            "[]int{%s, %s, %d}" % (self.int_expr(), self.int_expr(), R.randint(0, 9)),
            "make([]int, %d)" % R.randint(0, 4), "[]int{}"]))

    def s_generator(self):
        x = self.acc()
        if R.random() < 0.5:
            g = self.fresh("gen")
            self.declare("func() int", g, "counter(%s)" % self.int_expr())
        else:
            n, g = self.fresh("n"), self.fresh("inc")
            self.declare("int", n, self.int_expr())
            step = R.randint(1, 3)
            self.declare("func() int", g, "func() int {\n%s    %s += %d\n%s    return %s\n%s}" % (
                self.ind(), n, step, self.ind(), n, self.ind()))
        for _ in range(R.randint(1, 3)):
            self.emit("%s += %s()" % (x, g))
        self.println('"gen"', x)

    # ---- strings, runes, bytes ------------------------------------------------------
    def s_runes(self):
        s, x = self.str_expr(), self.acc()
        i, r = self.fresh("i"), self.fresh("r")
        self.block("for %s, %s := range %s {" % (i, r, s),
                   ["if %s == 'l' || %s > 127 {" % (r, r), "    %s += %s" % (x, i), "}",
                    "%s += int(%s) %% 7" % (x, r)])
        self.println('"runes"', x)

    def s_bytes(self):
        s = self.str_expr()
        if R.random() < 0.5 or self.vars["[]byte"]:
            b = self.pick("[]byte")
            if not b:
                b = self.fresh("bs")
                self.declare("[]byte", b, "[]byte(%s)" % s)
            self.block("if len(%s) > 0 {" % b, ["%s[0] = '%s'" % (b, R.choice("XYZ"))])
            self.declare("string", self.fresh("t"), "string(%s)" % b)
            self.println("len(%s)" % b, self.vars["string"][-1])
        else:
            rs = self.fresh("rs")
            self.declare("[]rune", rs, "[]rune(%s)" % s)
            self.imports.add("fmt")
            self.block("if len(%s) > 1 {" % rs,
                       ["%s[1] = '%s'" % (rs, R.choice(["é", "z", "ß"])),
                        'fmt.Println(string(%s[0]), string(%s), len(%s))' % (rs, rs, rs)])
            self.emit('fmt.Printf("%%q %%c %%U\\n", string(%s), 0x263A, %s)' % (rs, R.choice(["'a'", "'é'"])))

    def s_wrap(self):
        u, w, i8 = self.fresh("u"), self.fresh("w"), self.fresh("i")
        self.emit("var %s uint8 = %d" % (u, R.randint(240, 255)))
        self.emit("%s += uint8(%s)" % (u, self.int_expr()))
        self.emit("%s *= %d" % (u, R.randint(2, 5)))
        self.emit("var %s uint32 = %d" % (w, 4294967295 - R.randint(0, 9)))
        self.emit("%s += uint32(%s) + %d" % (w, self.int_expr(), R.randint(1, 20)))
        self.emit("var %s int8 = %d" % (i8, R.randint(120, 127)))
        self.emit("%s += int8(%s) + %d" % (i8, self.int_expr(), R.randint(1, 9)))
        self.vars["uint8"].append(u)
        self.vars["uint32"].append(w)
        self.used += [u, w, i8]
        self.println('"wrap"', u, w, i8, "%s>>1" % w, "%s-%s" % (u, u) if R.random() < 0.5 else "^%s" % u)

    def s_strconv(self):
        self.imports.add("strconv")
        x = self.acc()
        forms = ['strconv.Itoa(%s)' % self.int_expr(),
                 'strconv.Quote(%s)' % self.str_expr(),
                 'strconv.FormatInt(int64(%s), %d)' % (self.int_expr(), R.choice([2, 8, 16, 36]))]
        self.declare("string", self.fresh("t"), R.choice(forms))
        n, err = self.fresh("n"), self.fresh("err")
        self.emit("%s, %s := strconv.Atoi(%s)" % (n, err, R.choice(['"42"', '"-7"', '"x1"', '""',
                                                                   self.vars["string"][-1]])))
        self.imports.add("fmt")
        self.block("if %s != nil {" % err, ["fmt.Println(\"atoi:\", %s)" % err],
                   "} else {")
        self.emit("    %s += %s" % (x, n))
        self.emit("}")
        self.println('"strconv"', x)

    def s_strings(self):
        self.imports.add("strings")
        s = self.str_expr()
        forms = ["strings.ToUpper(%s)" % s, "strings.Repeat(%s, %d)" % (s, R.randint(0, 3)),
                 'strings.ReplaceAll(%s, "l", "L")' % s, "strings.TrimSpace(%s)" % s,
                 'strings.Join(strings.Fields(%s), "+")' % s,
                 'strings.Join(strings.Split(%s, ","), "|")' % s,
                 "strings.ToLower(%s)" % s]
        self.declare("string", self.fresh("t"), R.choice(forms))
        self.println(R.choice(['strings.Contains(%s, "l")' % s, 'strings.HasPrefix(%s, "h")' % s,
                               'strings.Index(%s, "o")' % s, 'strings.Count(%s, "")' % s]),
                     self.vars["string"][-1])

    def s_sort(self):
        self.imports.add("sort")
        if R.random() < 0.4:
            ws = self.fresh("ws")
            self.declare("[]string", ws, "[]string{%s}" % ", ".join(
                self.str_expr() for _ in range(R.randint(1, 4))))
            self.emit("sort.Strings(%s)" % ws)
            self.println(ws, "len(%s)" % ws)
        elif R.random() < 0.5:
            xs = self.fresh("ns")
            self.declare("[]int", xs, "[]int{%s, %d, %s, %d}" % (
                self.int_expr(), R.randint(0, 9), self.int_expr(), R.randint(0, 9)))
            self.emit("sort.Ints(%s)" % xs)
            self.println(xs, "sort.SearchInts(%s, %d)" % (xs, R.randint(0, 9)))
        else:
            ps = self.fresh("pts")
            self.emit("%s := []Pt{{%s, 1}, {%d, 2}, {%s, 3}}" % (
                ps, self.int_expr(), R.randint(0, 9), self.int_expr()))
            self.used.append(ps)
            self.block("sort.SliceStable(%s, func(i, j int) bool {" % ps,
                       ["return %s[i].x %s %s[j].x" % (ps, R.choice(["<", ">"]), ps)], "})")
            self.imports.add("fmt")
            self.emit('fmt.Printf("%%v %%+v\\n", %s, %s[0])' % (ps, ps))

    # ---- fmt -------------------------------------------------------------------
    def s_printf(self):
        self.imports.add("fmt")
        i, s = self.int_expr(), self.str_expr()
        verbs = R.choice([
            ('"%%5d|%%-5d|%%05d|%%x|%%X|%%o|%%b\\n"', [i] * 7),
            ('"%%+d|%%8.3f|%%-8.2f|%%g|%%.0f\\n"', [i, "float64(%s)/3" % i, "1.5", "2.25e10", "2.5"]),
            ('"%%q|%%-6s|%%6s|%%.2s|%%x|%%v\\n"', [s] * 6),
            ('"%%t|%%v|%%T|%%c|%%3c|%%%%\\n"', ["%s > 3" % i, "Pt{1, %s}" % i, "Pt{}", "'A'", "'z'"]),
            ('"%%+v|%%#v|%%v|%%T\\n"', ["Pt{%s, 2}" % i, "Pt{3, 4}", "[]int{%s}" % i, "%s" % i]),
            ('"%%6.2f%%%%|%%x|%%08.3f|%%+.1e\\n"', ["12.345", '"hi"', "-3.14159", "123456.0"]),
        ])
        self.emit("fmt.Printf(%s, %s)" % (verbs[0].replace("%%", "%"), ", ".join(verbs[1])))
        if R.random() < 0.4:
            self.declare("string", self.fresh("t"), 'fmt.Sprintf("[%%4d|%%-4s]", %s, %s)' % (
                self.int_expr(), self.str_expr()))

    # ---- named results, defer, panic/recover -------------------------------------------
    def s_divmod(self):
        self.imports.add("fmt")
        q, r = self.fresh("q"), self.fresh("r")
        self.emit("%s, %s := divmod(%s+%d, %d)" % (q, r, self.int_expr(), R.randint(0, 20),
                                                  R.randint(1, 7)))
        self.vars["int"] += [q, r]
        self.used += [q, r]
        self.println('"divmod"', q, r)

    def s_recover(self):
        self.imports.add("fmt")
        if R.random() < 0.5:
            res, err = self.fresh("res"), self.fresh("err")
            self.emit("%s, %s := safeDiv(%s, %s)" % (res, err, self.int_expr(),
                                                    R.choice(["0", "1", self.int_expr()])))
            self.vars["int"].append(res)
            self.used.append(res)
            self.println('"safeDiv"', res, err)
        else:
            self.declare("string", self.fresh("t"), "mustPos(%s - %d)" % (self.int_expr(),
                                                                         R.randint(0, 9)))
            self.println('"mustPos"', self.vars["string"][-1])

    def s_defer_local(self):
        """a func literal deferred in this function, printing when it returns"""
        self.imports.add("fmt")
        x = self.acc()
        self.block("defer func(v int) {", ['fmt.Println("deferred", v, %s)' % x], "}(%s)" % x)

    def s_store_global(self):
        p, s = self.pick("*Pt"), self.pick("string")
        if p and R.random() < 0.5:
            self.emit("gpt = " + p)
        elif s:
            self.emit("gstr = " + s)

    def s_pt(self):
        if R.random() < 0.5:
            self.declare("*Pt", self.fresh("pp"), "&Pt{%s, %s}" % (self.int_expr(), self.int_expr()))
        else:
            self.declare("Pt", self.fresh("pv"), "Pt{y: %s}" % self.int_expr())

    def call_arg(self, t):
        if t == "int":
            return self.int_expr()
        if t == "string":
            return self.str_expr()
        if t == "[]int":
            return "[]int{%s}" % self.int_expr()
        if t == "*Pt":
            return "&Pt{%s, 1}" % self.int_expr()
        if t == "Color":
            return R.choice(["Red", "Green", "Blue"])
        if t == "[]byte":
            return "[]byte(%s)" % self.str_expr()
        if t == "*Dog":
            return '&Dog{Animal{"arg", 3}, "mix"}'
        return None

    # ---- second batch: semantics that are easy to get subtly wrong ------------
    def s_loop_closures(self):
        fs, x, k = self.fresh("fs"), self.acc(), R.randint(1, 9)
        self.emit("%s := []func() int{}" % fs)
        self.used.append(fs)
        xs = self.pick("[]int")
        if xs and R.random() < 0.5:
            self.block("for _, v := range %s {" % xs,
                       ["%s = append(%s, func() int {" % (fs, fs), "    return v * %d" % k, "})"])
        else:
            self.block("for i := 0; i < %d; i++ {" % R.randint(1, 4),
                       ["%s = append(%s, func() int {" % (fs, fs), "    return i * %d" % k, "})"])
        self.block("for _, f := range %s {" % fs, ["%s += f()" % x])
        self.println('"closures"', x, "len(%s)" % fs)

    def s_method_value2(self):
        c, x = self.fresh("mc"), self.acc()
        self.emit("%s := Counter(%s)" % (c, self.int_expr()))
        self.vars["Counter"].append(c)
        self.used.append(c)
        f = self.fresh("mv")
        self.emit("%s := %s.Twice" % (f, c))
        self.used.append(f)
        self.emit("%s.Inc()" % c)
        if R.random() < 0.5:
            h = self.fresh("me")
            self.emit("%s := (*Counter).Inc" % h)
            self.emit("%s(&%s)" % (h, c))
            self.used.append(h)
        self.emit("%s += %s() + %s.Twice()" % (x, f, c))
        d = self.pick("*Dog") or self.pick("Dog")
        if d and R.random() < 0.6:
            g = self.fresh("dm")
            self.emit("%s := %s.Describe" % (g, d))
            self.emit("%s.Grow()" % d)
            self.used.append(g)
            self.println(g + "()", d + ".Describe()")
        self.println('"mvalue"', x)

    def s_swap(self):
        a, b = self.fresh("sa"), self.fresh("sb")
        self.emit("%s, %s := %s, %s" % (a, b, self.int_expr(), self.int_expr()))
        self.vars["int"] += [a, b]
        self.used += [a, b]
        self.emit("%s, %s = %s, %s+%s" % (a, b, b, a, b))
        xs = self.pick("[]int")
        if xs:
            self.block("if len(%s) > 1 {" % xs,
                       ["%s[0], %s[1] = %s[1], %s[0]" % (xs, xs, xs, xs)])
            self.println(a, b, xs)
        else:
            self.println(a, b)

    def s_value_copy(self):
        arr, brr = self.fresh("ar"), self.fresh("br")
        self.emit("%s := [2]Pt{{1, %s}, {3, 4}}" % (arr, self.int_expr()))
        self.emit("%s := %s" % (brr, arr))
        self.emit("%s[%d].x = %s" % (brr, R.randint(0, 1), self.int_expr()))
        self.used += [arr, brr]
        if R.random() < 0.5:
            self.block("for i, v := range %s {" % arr,
                       ["%s[i].y = v.y + 1" % arr, "v.x = 100"])
        self.println(arr, brr, "%s == %s" % (arr, brr), "%s[0] == %s[0]" % (arr, brr))

    def s_intmath(self):
        n = self.fresh("n")
        self.declare("int", n, "-%s - %d" % (self.int_expr(), R.randint(1, 20)))
        self.println("%s/2" % n, "%s%%3" % n, "%s>>1" % n, "uint8(%s)" % n, "-%s" % n,
                     "%s&^5" % n, "%s|3" % n, "%s^6" % n, "^%s" % n)
        sh = self.fresh("sh")
        self.emit("%s := uint(%s) + %d" % (sh, self.int_expr(), R.choice([1, 30, 60, 70])))
        self.used.append(sh)
        self.println("%s<<%s" % (n, sh), "uint32(%s)<<(%s%%40)" % (n, sh),
                     "int8(%s)>>%s" % (n, sh), "uint64(%s)>>(%s%%65)" % (n, sh))

    def s_floats(self):
        f = self.fresh("fl")
        self.emit("%s := float64(%s) / %d" % (f, self.int_expr(), R.choice([3, 7, 10])))
        self.used.append(f)
        self.imports.add("math")
        self.println(f, "%s*1e20" % f, "float32(%s)" % f, "0.1+%s" % f, "math.Sqrt(%s)" % f,
                     "math.Floor(-%s)" % f, "%s/0.001" % f)
        self.println("strconv.FormatFloat(%s, 'f', -1, 64)" % f,
                     "strconv.FormatFloat(%s, 'e', 3, 64)" % f,
                     "strconv.FormatFloat(%s, 'g', -1, 32)" % f, "int(%s*10)" % f)

    def s_fmt2(self):
        self.imports.add("fmt")
        i, s = self.int_expr(), self.str_expr()
        forms = [
            'fmt.Printf("%%#x|%%#o|%% d|%%+q|%%x|%%-08d|%%8.3e|%%10.4v\\n", %s, %s, %s, %s, -%s, %s, 1234.5678, 3.14159265)' % (i, i, i, s, i, i),
            'fmt.Printf("%%U|%%#U|%%5t|%%v|%%q|%%d|%%s|%%x|%%X\\n", \'é\', \'⌘\', true, []string{%s, "b"}, []string{%s}, []int{%s, 2}, []byte(%s), []byte(%s), %s)' % (s, s, i, s, s, s),
            'fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, true, %s), fmt.Sprintln("x", %s))' % (i, i),
            'fmt.Printf("%%3d|%%-3d|%%.3q|%%08.2f|%%+.2f|%%x\\n", %s*1000, %s, %s, -1.5, 2.0, "%s")' % (i, i, s, "héllo"),
            'fmt.Printf("%v %v %v %.1f %5.1f%%\\n", 1e21, 1e20, 1e-5, 0.05, 99.95)',
            'fmt.Printf("%%v|%%+v|%%T|%%T|%%T\\n", Dog{Animal{"a", %s}, "b"}, Pt{}, Celsius(1), Green, [2]bool{})' % i,
        ]
        self.emit(R.choice(forms))

    def s_switch_str(self):
        s, x = self.str_expr(), self.acc()
        head = R.choice(["switch %s {" % s, 'switch t := %s + "!"; t {' % s])
        body = ['case "hello", "hello!", "x", "x!":', "    %s += 1" % x,
                'case "", "!":', "    %s += 2" % x]
        if R.random() < 0.5:
            body += ["    fallthrough", "default:", "    %s += 3" % x]
        self.block(head, body)
        self.block("switch y := %s %% 3; {" % self.int_expr(),
                   ["case y == 0:", "    %s *= 10" % x, "case y > 1:", "    %s -= 1" % x])
        self.println('"sswitch"', x)

    def s_try(self):
        self.declare("string", self.fresh("t"), "try(%s + %d)" % (self.int_expr(), R.randint(0, 4)))
        self.println('"try"', self.vars["string"][-1])

    def s_accum(self):
        self.declare("int", self.fresh("x"), "accum(%d)" % R.randint(0, 4))
        self.println('"accum"', self.vars["int"][-1])

    def s_split(self):
        h, t, ok = self.fresh("h"), self.fresh("tl"), self.fresh("ok")
        self.emit("%s, %s, %s := split(%s)" % (h, t, ok, self.str_expr()))
        self.vars["string"] += [h, t]
        self.used += [h, t, ok]
        self.println(h, t, ok, "len(%s)" % t)

    def s_unicode(self):
        self.imports.add("unicode")
        b, s = self.fresh("ub"), self.str_expr()
        self.emit("%s := []rune{}" % b)
        self.used.append(b)
        self.block("for _, r := range %s {" % s,
                   ["if unicode.IsUpper(r) {", "    %s = append(%s, unicode.ToLower(r))" % (b, b),
                    "} else if unicode.IsLetter(r) {", "    %s = append(%s, unicode.ToUpper(r))" % (b, b),
                    "}"])
        self.println("string(%s)" % b, "len(%s)" % b)

    def s_service(self):
        sv = self.fresh("sv")
        self.emit('%s := Service{&Logger{prefix: "[%s] "}, %s}' % (sv, R.choice("abc"), self.str_expr()))
        self.used.append(sv)
        self.emit("%s.Log(%s.name)" % (sv, sv))
        if R.random() < 0.5:
            self.emit("%s.Logger.Log(%s)" % (sv, self.str_expr()))
        d = self.pick("*Dog") or self.pick("Dog")
        if d:
            dd = self.fresh("dd")
            self.emit("var %s Describer = %s" % (dd, d))
            self.used.append(dd)
            self.println(dd + ".Describe()", "%s.n" % sv)
        else:
            self.println("%s.n" % sv, "KB", "MB/KB")

    def s_string_ops(self):
        # a local, not a literal: ml0c does not fold len("...") to a constant
        # yet, so Go's deadcode would drop an `if len("x") > 1` that ml0c keeps
        s, t = self.fresh("so"), self.str_expr()
        self.declare("string", s, self.str_expr())
        self.block("if len(%s) > 1 {" % s,
                   ["fmt.Println(%s[0], %s[1:], %s[:1] == %s)" % (s, s, s, t)])
        self.println("%s < %s" % (s, t), "strings.Compare(%s, %s)" % (s, t),
                     "string(rune(65+%s))" % self.int_expr(), "strings.Title(%s)" % s,
                     'strings.SplitN(%s, "l", 2)' % s, 'strings.TrimLeft(%s, "h")' % s)

    # ---- third batch (seeds >= THIRD_FROM) ---------------------------------------
    def declare_as(self, t, name, expr):
        """var name t = expr (a conversion to an interface)"""
        self.emit("var %s %s = %s" % (name, t, expr))
        self.vars[t].append(name)
        self.used.append(name)

    def pt_ptr(self):
        """a *Pt: a local, a parameter or a fresh &Pt{...}"""
        p = self.pick("*Pt")
        if p and R.random() < 0.6:
            return p
        if self.vars["Pt"] and R.random() < 0.5:
            return "&" + self.pick("Pt")
        return "&Pt{%s, %d}" % (self.int_expr(), R.randint(0, 9))

    def rect(self):
        r = self.pick("Rect")
        if r and R.random() < 0.6:
            return r
        r = self.fresh("rc")
        tag = self.pt_ptr() if R.random() < 0.6 else "nil"
        self.declare("Rect", r, "Rect{%s, %d, %s}" % (self.int_expr(), R.randint(1, 5), tag))
        return r

    def s_method_value3(self):
        """method values of a struct: a pointer method's binds &r, a value
        method's copies r; an interface's is called dynamically"""
        r, x = self.rect(), self.acc()
        kind = R.random()
        if kind < 0.35:
            f = self.fresh("sc")
            self.emit("%s := %s.Scale" % (f, r))
            self.used.append(f)
            self.emit("%s(%d)" % (f, R.randint(1, 3)))
        elif kind < 0.7:
            f = self.fresh("ar")
            self.declare("func() int", f, "%s.Area" % r)
            self.emit("%s.w++" % r)
            self.emit("%s += %s()" % (x, f))
        else:
            sh, f = self.fresh("sh"), self.fresh("sa")
            self.declare_as("Shape", sh, r if R.random() < 0.5 else "&" + r)
            self.declare("func() int", f, "%s.Area" % sh)
            self.emit("%s += %s()" % (x, f))
        if R.random() < 0.4:
            pr = self.fresh("pr")
            self.declare("*Rect", pr, "&" + r)
            g = self.fresh("ps")
            self.emit("%s := %s.Scale" % (g, pr))
            self.used.append(g)
            self.emit("%s(2)" % g)
        self.println('"mv3"', x, "%s.Area()" % r)

    def s_closure_closure(self):
        """closures returning closures: adder's, or a literal's capturing
        a local by reference (and maybe a pointer)"""
        x = self.acc()
        g = self.fresh("cc")
        if R.random() < 0.5:
            mk = self.fresh("mk")
            self.emit("%s := adder(%s)" % (mk, self.int_expr()))
            self.used.append(mk)
            self.declare("func() int", g, "%s(%d)" % (mk, R.randint(1, 4)))
        else:
            n, mk = self.fresh("n"), self.fresh("mk")
            self.declare("int", n, self.int_expr())
            p = self.pick("*Pt")
            inner = ["    return func() int {", "        %s += d" % n]
            if p and R.random() < 0.5:
                inner.append("        %s.x += d" % p)
            inner += ["        return %s" % n, "    }"]
            self.block("%s := func(d int) func() int {" % mk, inner)
            self.used.append(mk)
            self.declare("func() int", g, "%s(%d)" % (mk, R.randint(1, 4)))
        for _ in range(R.randint(1, 2)):
            self.emit("%s += %s()" % (x, g))
        if R.random() < 0.3:
            self.emit("gstr = strconv.Itoa(%s())" % g)
        self.println('"cc"', x)

    def s_variadic3(self):
        """variadic calls with xs..., of functions and of pointers"""
        x = self.acc()
        kind = R.random()
        if kind < 0.4:
            fs = self.vars["func() int"]
            args = [R.choice(fs) for _ in range(R.randint(0, 2))] if fs else []
            args.append("func() int {\n%s    return %s\n%s}" % (self.ind(), self.int_expr(), self.ind()))
            if R.random() < 0.5:
                v = self.fresh("fv")
                self.emit("%s := []func() int{%s}" % (v, ", ".join(args)))
                self.used.append(v)
                self.emit("%s += apply(%s...)" % (x, v))
            else:
                self.emit("%s += apply(%s)" % (x, ", ".join(args)))
        elif kind < 0.8:
            args = [self.pt_ptr() for _ in range(R.randint(1, 3))]
            q = self.fresh("fo")
            if R.random() < 0.5:
                v = self.fresh("pv")
                self.declare("[]*Pt", v, "[]*Pt{%s}" % ", ".join(args))
                self.declare("*Pt", q, "firstOf(%s...)" % v)
            else:
                self.declare("*Pt", q, "firstOf(%s)" % ", ".join(args))
            self.emit("%s += %s.x" % (x, q))
        else:
            v = self.fresh("kp")
            src = self.pick("[]*Pt")
            self.declare("[]*Pt", v, "keep(%s...)" % src if src else
                         "keep(%s)" % ", ".join(self.pt_ptr() for _ in range(R.randint(0, 2))))
            self.emit("%s += len(%s)" % (x, v))
        self.println('"var3"', x)

    def s_iface_copy(self):
        """struct copies through interfaces: a value stored in an any or a
        Shape, asserted back and changed (the original keeps its value)"""
        x = self.acc()
        if R.random() < 0.5:
            r = self.rect()
            sh, r2 = self.fresh("sh"), self.fresh("rb")
            self.declare_as("Shape", sh, r)
            self.declare("Rect", r2, "%s.(Rect)" % sh)
            self.emit("%s.w += %d" % (r2, R.randint(1, 5)))
            self.emit("%s += %s.Area() + %s.Area()" % (x, sh, r2))
            self.println('"icopy"', x, "%s.w" % r, "%s.w" % r2, "%s.tag == %s.tag" % (r, r2))
        else:
            p = self.pick("Pt")
            src = p if p else "Pt{%s, 3}" % self.int_expr()
            a, q = self.fresh("ia"), self.fresh("iq")
            self.emit("var %s any = %s" % (a, src))
            self.used.append(a)
            self.block("if %s, ok := %s.(Pt); ok {" % (q, a),
                       ["%s.x++" % q, "%s += %s.x" % (x, q)])
            self.println('"icopy"', x, a)

    def s_map_ptr_slices(self):
        """a map of slices of pointers, appended to and ranged over"""
        m, x = self.pick("map[string][]*Pt"), self.acc()
        if not m:
            m = self.fresh("mp")
            self.declare("map[string][]*Pt", m, "map[string][]*Pt{}")
        key = R.choice(['"a"', '"b"', self.str_expr()])
        self.emit("%s[%s] = append(%s[%s], %s)" % (m, key, m, key,
                                                    ", ".join(self.pt_ptr() for _ in range(R.randint(1, 2)))))
        if R.random() < 0.4:
            v = self.pick("[]*Pt")
            if v:
                self.emit('%s["v"] = %s' % (m, v))
        self.block("for _, q := range %s[%s] {" % (m, key), ["%s += q.x" % x])
        self.println('"mslices"', x, "len(%s)" % m, "len(%s[%s])" % (m, key))

    def s_range_ptr_array(self):
        """for i, v := range over an array of pointers (and its address)"""
        arr, x = self.fresh("pa"), self.acc()
        self.declare("[3]*Pt", arr, "[3]*Pt{%s}" % ", ".join(self.pt_ptr() for _ in range(3)))
        body = ["%s.x += i" % "v", "%s += v.y" % x]
        if R.random() < 0.3:
            body.append("gpt = v")
        head = R.choice(["for i, v := range %s {", "for i, v := range &%s {", "for i, v := range %s[:] {"])
        self.block(head % arr, body)
        self.println('"parr"', x, "%s[0].x" % arr)

    def s_string_bytes(self):
        """string(bytes) and back: copies, comparisons, concatenations"""
        bs = self.pick("[]byte")
        if not bs:
            bs = self.fresh("bb")
            self.declare("[]byte", bs, "[]byte(%s)" % self.str_expr())
        forms = ["string(%s)" % bs, "string(%s[:len(%s)/2])" % (bs, bs), "string(%s) + %s" % (bs, self.str_expr()),
                 "strings.ToUpper(string(%s))" % bs]
        s = self.fresh("sb")
        self.declare("string", s, R.choice(forms))
        b2 = self.fresh("bc")
        self.declare("[]byte", b2, "[]byte(%s)" % s)
        self.block("if len(%s) > 0 {" % b2, ["%s[0] = 'X'" % b2])
        self.println(s, "string(%s)" % b2, "string(%s) == %s" % (bs, s), "len(string(%s))" % bs)

    def s_defer_loop3(self):
        """defers in a loop: closures over the loop variable, calls with
        pointer arguments, a method value's receiver"""
        n = R.randint(1, 3)
        x = self.acc()
        body = []
        kind = R.random()
        if kind < 0.4:
            body += ["defer func() {", "    %s += i" % x, "}()"]
        elif kind < 0.7:
            body += ['defer fmt.Println("d", i, %s)' % self.pt_ptr()]
        else:
            r = self.rect()
            body += ["defer %s.Scale(i + 1)" % r]
        if R.random() < 0.3:
            body += ["defer func(q *Pt) {", "    q.y += i", "}(%s)" % self.pt_ptr()]
        self.imports.add("fmt")
        self.block("for i := 0; i < %d; i++ {" % n, body)
        self.println('"dloop"', x)

    STMTS3 = [s_method_value3, s_closure_closure, s_variadic3, s_iface_copy, s_map_ptr_slices,
              s_range_ptr_array, s_string_bytes, s_defer_loop3]

    s_int_local, s_addr_local, s_call = BaseBody.s_int_local, BaseBody.s_addr_local, BaseBody.s_call

    STMTS = [s_switch, s_switch, s_type_switch, s_labeled, s_switch_break_label, s_goto,
             s_dog, s_promoted, s_promoted, s_celsius, s_counter, s_color, s_compare,
             s_variadic, s_int_slice, s_generator, s_runes, s_bytes, s_wrap, s_strconv,
             s_strings, s_sort, s_printf, s_divmod, s_recover, s_defer_local, s_store_global,
             s_pt, s_int_local, s_addr_local, s_call, s_call,
             s_loop_closures, s_method_value2, s_swap, s_value_copy, s_intmath, s_floats,
             s_fmt2, s_switch_str, s_try, s_accum, s_split, s_unicode, s_service, s_string_ops]

    def ret_cands(self, t, cands):
        if t == "string":
            cands += [self.str_expr() + ' + "!"']
        if t == "Pt":
            cands += ["Pt{%s, %s}" % (self.int_expr(), self.int_expr())] + \
                ["*" + v for v in self.vars["*Pt"]]
        if t == "[]int":
            cands += ["[]int{%s}" % self.int_expr()]
        if t == "*Pt":
            cands += ["&Pt{x: %s}" % self.int_expr()] + ["&" + v for v in self.vars["Pt"]]
        if t == "Color":
            cands += ["Color(%s %% 3)" % self.int_expr(), "Green"]


def gen_fn(i, callees, imports):
    return base_gen_fn(i, lambda fn: Body(fn, callees, imports),
                       lambda: ([p for p in PARAMS if R.random() < 0.4] or
                                [PARAMS[R.randrange(len(PARAMS))]]),
                       RESULTS, (3, 9))


def arg_for(t):
    return {"int": "7", "string": '"héllo, wörld"', "[]int": "[]int{5, 3, 8}",
            "*Pt": "&Pt{4, 5}", "*Dog": '&Dog{Animal{"rex", 4}, "lab"}',
            "[]byte": '[]byte("bytes")', "Color": "Green"}[t]


def show(t, v):
    """an expression printing result v of type t without pointers"""
    return {"int": v, "string": v, "Pt": v, "[]int": v, "*Pt": "*" + v, "Color": v}[t]


def program(seed):
    imports = {"fmt", "strconv", "strings"}    # the prelude uses them
    THIRD[0] = seed >= THIRD_FROM
    fns, texts = gen_fns(seed, lambda i, callees: gen_fn(i, callees, imports))
    lines = main_calls(calls_of(fns, arg_for, show),
                       [], ["    fmt.Println(gcount, gstr, gpt != nil)"])
    return program_text("gen_go_twins_more.py", seed, imports, TYPES + (TYPES3 if THIRD[0] else ""),
                        texts, lines)

def main():
    base_main(program)


if __name__ == "__main__":
    main()
