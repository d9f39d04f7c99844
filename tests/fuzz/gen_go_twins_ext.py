#!/usr/bin/env python3
"""gen_go_twins_ext.py SEED | FIRST LAST DIR: a random program that is both ML0
and Go, made of the shapes gen_go_twins.py does not write (with three
arguments: seeds FIRST..LAST written to DIR/seedN.ml0).

gen_go_twins.py keeps its seeds: seed N there writes the same program it
always did. This second generator has its own seeds and writes what the
first one leaves out: interfaces with methods (value and pointer
receivers), conversions to interfaces and `any`, calls through them,
type switches and assertions (plain and comma-ok), maps (make, literals,
index, comma-ok, store, delete, range, len; values of ints and of
pointers), method values `f := b.Get` (also of an interface's method)
and method expressions `Circ.Area(c)` / `(*Box).Get(b)`, `defer` of
calls, of methods and of func literals (with and without arguments, also
in a loop), fmt.Println / Sprintf / Errorf (with %w), errors.New / Is,
and strings.Builder.

Its Go twin is the same text with `package main ` put in front (the first
line is a comment). Every program writes its output with fmt only (Go's
println goes to standard error, ml0c's to standard output, and the diff
compares the two streams one after the other), never prints a pointer or
a value holding one, and never depends on a map's iteration order (a range
only sums). Every pointer dereferenced is non-nil and every local is used.
tests/fuzz/go_diff.sh --ext runs seeds through tests/fuzz/go_twin_diff.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_go_twins_base import R, Body as BaseBody, calls_of, gen_fn as base_gen_fn, gen_fns, main as base_main, main_calls, \
    program_text  # noqa: E402

TYPES = """
type Shape interface {
    Area() int
    Name() string
}

type Sq struct {
    side int
    tag  *int
}

type Circ struct {
    r int
}

type Box struct {
    val int
    ptr *int
    tag string
}

func (s *Sq) Area() int {
    return s.side * s.side
}

func (s *Sq) Name() string {
    return "sq"
}

func (c Circ) Area() int {
    return 3 * c.r * c.r
}

func (c Circ) Name() string {
    return "circ"
}

func (b *Box) Get() int {
    return b.val
}

func (b Box) Val() int {
    return b.val + len(b.tag)
}

func (b *Box) Keep(p *int) {
    b.ptr = p
}

var gp *int
var gany any
var gsh Shape
var gm map[string]*int
var gerr error
var gf func() int
var gstr string
var gbox *Box
"""

PARAMS = [("p", "*int"), ("b", "*Box"), ("sh", "Shape"), ("a", "any"), ("m", "map[string]int"),
          ("mp", "map[string]*int"), ("str", "string"), ("k", "int"), ("e", "error"),
          ("shs", "[]Shape")]
RESULTS = ["int", "*int", "Shape", "any", "string", "error", "map[string]int", "*Box", "",
           "func() int", "[]Shape"]
ALL_TYPES = ["int", "*int", "*Box", "Box", "Shape", "any", "map[string]int", "map[string]*int",
             "string", "error", "Circ", "func() int", "map[any]int", "[]Shape", "map[string]Shape"]
KEYS = ['"a"', '"b"', '"c"']


class Body(BaseBody):
    """The statements of one function, its variables by type, and the
    packages it uses."""

    TYPES = ALL_TYPES
    INT_FIELDS = [("*Box", "%s.val")]

    def __init__(self, fn, callees, imports):
        BaseBody.__init__(self, fn, callees)
        self.imports = imports

    def more_int_choices(self, choices):
        if self.vars["map[string]int"]:
            choices.append("%s[%s]" % (self.pick("map[string]int"), R.choice(KEYS)))
        if self.vars["Shape"] and R.random() < 0.3:
            choices.append(self.pick("Shape") + ".Area()")

    def str_expr(self):
        choices = ['"s%d"' % R.randint(0, 9)]
        if self.vars["string"]:
            choices.append(self.pick("string"))
        if self.vars["Shape"]:
            choices.append(self.pick("Shape") + ".Name()")
        return R.choice(choices)

    def int_var(self):
        """an int local to add to (declared here when there is none)"""
        x = self.fresh("x")
        self.declare("int", x, "0")
        return x

    # ---- interfaces ------------------------------------------------------
    def s_shape(self):
        p = self.pick("*int")
        form = R.choice(["Shape(Circ{r: %s})" % self.int_expr(),
                         "Shape(&Sq{side: %s})" % self.int_expr(),
                         "Shape(&Sq{side: 2, tag: %s})" % p if p else "Shape(Circ{r: 1})"])
        if R.random() < 0.3:
            name = self.fresh("sh")
            self.emit("var %s Shape = %s" % (name, form[6:-1]))
            self.vars["Shape"].append(name)
            self.used.append(name)
        else:
            self.declare("Shape", self.fresh("sh"), form)

    def s_circ(self):
        self.declare("Circ", self.fresh("c"), "Circ{r: %s}" % self.int_expr())

    def s_shape_of_circ(self):
        c = self.pick("Circ")
        if not c:
            return self.s_circ()
        self.declare("Shape", self.fresh("sh"), R.choice(["Shape(%s)" % c, "Shape(&Sq{side: %s.r})" % c]))

    def s_iface_call(self):
        sh = self.pick("Shape")
        if sh:
            self.declare("int", self.fresh("x"), R.choice(["%s.Area()" % sh,
                                                           "len(%s.Name())" % sh]))

    def s_any(self):
        src = R.choice(["int", "*int", "string", "Circ", "*Box", "Shape"])
        v = self.pick(src)
        if v:
            self.declare("any", self.fresh("a"), "any(%s)" % v)

    def s_type_switch(self):
        sh, a = self.pick("Shape"), self.pick("any")
        x = self.int_var()
        if sh and (not a or R.random() < 0.5):
            v = self.fresh("v")
            keep = R.choice(["gp = %s.tag" % v, "%s += %s.side" % (x, v), "gsh = %s" % v])
            self.block("switch %s := %s.(type) {" % (v, sh),
                       ["case *Sq:", "    " + keep, "    %s += %s.side" % (x, v),
                        "case Circ:", "    %s += %s.r" % (x, v)])
        elif a:
            v = self.fresh("v")
            body = ["case int:", "    %s += %s" % (x, v), "case string:",
                    "    %s += len(%s)" % (x, v), "case *int:",
                    "    " + R.choice(["%s += *%s" % (x, v), "gp = %s" % v])]
            if R.random() < 0.5:
                body += ["case Shape:", "    %s += %s.Area()" % (x, v)]
            body += ["default:", "    _ = %s" % v]
            self.block("switch %s := %s.(type) {" % (v, a), body)

    def s_assert(self):
        sh, a = self.pick("Shape"), self.pick("any")
        x = self.int_var()
        forms = []
        if sh:
            forms += ["if c, ok := %s.(Circ); ok {\n%s    %s += c.r\n%s}" % (
                sh, self.ind(), x, self.ind()),
                "if q, ok := %s.(*Sq); ok {\n%s    %s += q.side\n%s}" % (
                sh, self.ind(), x, self.ind())]
        if a:
            forms += ["if n, ok := %s.(int); ok {\n%s    %s += n\n%s}" % (
                a, self.ind(), x, self.ind()),
                "if q, ok := %s.(*int); ok {\n%s    gp = q\n%s}" % (a, self.ind(), self.ind()),
                "if s, ok := %s.(Shape); ok {\n%s    %s += s.Area()\n%s}" % (
                a, self.ind(), x, self.ind())]
        if forms:
            self.emit(R.choice(forms))

    # ---- maps --------------------------------------------------------------
    def s_map(self):
        if R.random() < 0.6:
            form = R.choice(["make(map[string]int)", "make(map[string]int, %d)" % R.randint(1, 9),
                             "map[string]int{}",
                             "map[string]int{%s: %s, %s: 2}" % (KEYS[0], self.int_expr(), KEYS[1])])
            self.declare("map[string]int", self.fresh("m"), form)
        else:
            p = self.pick("*int")
            form = R.choice(["make(map[string]*int)", "map[string]*int{}"] +
                            (["map[string]*int{%s: %s}" % (R.choice(KEYS), p)] if p else []))
            self.declare("map[string]*int", self.fresh("mp"), form)

    def s_map_store(self):
        m, mp, p = self.pick("map[string]int"), self.pick("map[string]*int"), self.pick("*int")
        forms = []
        if m:
            forms += ["%s[%s] = %s" % (m, R.choice(KEYS), self.int_expr()),
                      "%s[%s]++" % (m, R.choice(KEYS)), "%s[%s] += 2" % (m, R.choice(KEYS))]
        if mp and p:
            forms.append("%s[%s] = %s" % (mp, R.choice(KEYS), p))
        if forms:
            self.emit(R.choice(forms))

    def s_map_read(self):
        m, mp = self.pick("map[string]int"), self.pick("map[string]*int")
        if m and (not mp or R.random() < 0.6):
            if R.random() < 0.5:
                self.declare("int", self.fresh("x"), "%s[%s]" % (m, R.choice(KEYS)))
            else:
                x = self.int_var()
                self.emit("if v, ok := %s[%s]; ok {\n%s    %s += v\n%s}" % (
                    m, R.choice(KEYS), self.ind(), x, self.ind()))
        elif mp:
            q = self.pick("*int")
            if q and R.random() < 0.5:
                self.emit("if v, ok := %s[%s]; ok && v != nil {\n%s    %s = v\n%s}" % (
                    mp, R.choice(KEYS), self.ind(), q, self.ind()))
            else:
                x = self.int_var()
                self.emit("if v := %s[%s]; v != nil {\n%s    %s += *v\n%s}" % (
                    mp, R.choice(KEYS), self.ind(), x, self.ind()))

    def s_map_delete(self):
        m = R.choice(["map[string]int", "map[string]*int"])
        v = self.pick(m)
        if v:
            self.emit("delete(%s, %s)" % (v, R.choice(KEYS)))

    def s_map_range(self):
        m, mp = self.pick("map[string]int"), self.pick("map[string]*int")
        x = self.int_var()
        if m and (not mp or R.random() < 0.6):
            self.block("for key, v := range %s {" % m, ["%s += len(key) + v" % x])
        elif mp:
            self.block("for _, v := range %s {" % mp,
                       ["if v != nil {", "    %s += *v" % x, "}"])

    def s_map_len(self):
        m = self.pick(R.choice(["map[string]int", "map[string]*int"]))
        if m:
            self.declare("int", self.fresh("x"), "len(%s)" % m)

    # ---- methods -----------------------------------------------------------
    def s_box(self):
        p = self.pick("*int")
        fields = "val: %s" % self.int_expr()
        if p and R.random() < 0.4:
            fields += ", ptr: %s" % p
        if R.random() < 0.3:
            fields += ", tag: %s" % self.str_expr()
        if R.random() < 0.3:
            self.declare("Box", self.fresh("bv"), "Box{%s}" % fields)
        else:
            self.declare("*Box", self.fresh("bx"), "&Box{%s}" % fields)

    def s_box_keep(self):
        b, p = self.pick("*Box"), self.pick("*int")
        if b and p:
            self.emit("%s.Keep(%s)" % (b, p))
        elif self.vars["Box"] and p:
            self.emit("%s.Keep(%s)" % (self.pick("Box"), p))

    def s_method_value(self):
        b, bv, sh, c = self.pick("*Box"), self.pick("Box"), self.pick("Shape"), self.pick("Circ")
        forms = []
        if b:
            forms += ["%s.Get" % b, "%s.Val" % b]
        if bv:
            forms += ["%s.Get" % bv, "%s.Val" % bv]
        if sh:
            forms.append("%s.Area" % sh)
        if c:
            forms.append("%s.Area" % c)
        if not forms:
            return
        f = R.choice(forms)
        if R.random() < 0.25:
            self.emit("gf = " + f)
            return
        name = self.fresh("f")
        self.declare("func() int", name, f)
        if R.random() < 0.7:
            self.declare("int", self.fresh("x"), name + "()")

    def s_method_expr(self):
        b, c, bv = self.pick("*Box"), self.pick("Circ"), self.pick("Box")
        forms = ["Circ.Area(Circ{r: %s})" % self.int_expr()]
        if b:
            forms += ["(*Box).Get(%s)" % b, "Box.Val(*%s)" % b]
        if c:
            forms.append("Circ.Area(%s)" % c)
        if bv:
            forms.append("Box.Val(%s)" % bv)
        self.declare("int", self.fresh("x"), R.choice(forms))

    # ---- defer ---------------------------------------------------------------
    def s_defer(self):
        self.imports.add("fmt")
        p, b, x = self.pick("*int"), self.pick("*Box"), self.pick("int")
        forms = ['defer fmt.Println("d%d", %s)' % (R.randint(0, 9), self.int_expr()),
                 'defer fmt.Println(%s)' % self.str_expr()]
        if b and p:
            forms.append("defer %s.Keep(%s)" % (b, p))
        if p:
            forms += ["defer func() {\n%s    gp = %s\n%s}()" % (self.ind(), p, self.ind()),
                      "defer func(q *int) {\n%s    *q += 1\n%s}(%s)" % (self.ind(), self.ind(), p)]
        if x:
            forms.append('defer func() {\n%s    fmt.Println("x", %s)\n%s}()' % (
                self.ind(), x, self.ind()))
        if R.random() < 0.2:
            self.block("for i := 0; i < %d; i++ {" % R.randint(1, 3),
                       ['defer fmt.Println("i", i)'])
            return
        self.emit(R.choice(forms))

    # ---- fmt, errors, strings ---------------------------------------------
    def s_println(self):
        self.imports.add("fmt")
        args = [R.choice([self.int_expr(), self.str_expr()]) for _ in range(R.randint(1, 3))]
        m = self.pick("map[string]int")
        if m and R.random() < 0.3:
            args.append(m)
        self.emit("fmt.Println(%s)" % ", ".join(args))

    def s_sprintf(self):
        self.imports.add("fmt")
        self.declare("string", self.fresh("t"), R.choice([
            'fmt.Sprintf("%%d-%%s", %s, %s)' % (self.int_expr(), self.str_expr()),
            'fmt.Sprint(%s)' % self.int_expr(),
            'fmt.Sprintf("%%v", %s)' % self.str_expr()]))

    def s_error(self):
        e = self.pick("error")
        if e and R.random() < 0.5:
            self.imports.add("fmt")
            self.declare("error", self.fresh("err"), 'fmt.Errorf("w%d: %%w", %s)' % (
                R.randint(0, 9), e))
            if R.random() < 0.5:
                self.imports.add("errors")
                x = self.int_var()
                self.emit("if errors.Is(%s, %s) {\n%s    %s++\n%s}" % (
                    self.vars["error"][-1], e, self.ind(), x, self.ind()))
        elif R.random() < 0.5:
            self.imports.add("errors")
            self.declare("error", self.fresh("err"), 'errors.New("e%d")' % R.randint(0, 9))
        else:
            self.imports.add("fmt")
            self.declare("error", self.fresh("err"), 'fmt.Errorf("bad %%d %%s", %s, %s)' % (
                self.int_expr(), self.str_expr()))

    def s_builder(self):
        self.imports.add("strings")
        sb = self.fresh("sb")
        is_var = R.random() < 0.5
        self.emit(("var %s strings.Builder" if is_var else "%s := &strings.Builder{}") % sb)
        self.emit("%s.WriteString(%s)" % (sb, self.str_expr()))
        if R.random() < 0.5:
            self.emit("%s.WriteByte('%s')" % (sb, R.choice("xyz")))
        if R.random() < 0.3:
            self.imports.add("fmt")
            self.emit('fmt.Fprintf(%s%s, "%%d", %s)' % ("&" if is_var else "", sb, self.int_expr()))
        self.declare("string", self.fresh("t"), "%s.String()" % sb)

    # ---- interfaces in containers, closures over them ----------------------
    def s_any_map(self):
        m = self.pick("map[any]int")
        if not m:
            self.declare("map[any]int", self.fresh("ma"), R.choice(
                ["make(map[any]int)", "map[any]int{}", 'map[any]int{"k": 1, 2: 3}']))
            return
        key = R.choice(['"k"', str(R.randint(0, 3)), self.int_expr(), self.str_expr()] +
                       self.vars["Circ"] + self.vars["*int"])
        form = R.choice(["%s[%s] = %s" % (m, key, self.int_expr()),
                         "%s[%s]++" % (m, key), "delete(%s, %s)" % (m, key)])
        if R.random() < 0.4:
            self.declare("int", self.fresh("x"), "%s[%s]" % (m, key))
        else:
            self.emit(form)

    def s_shapes(self):
        shs, sh = self.pick("[]Shape"), self.pick("Shape")
        if not shs:
            elems = ", ".join(self.vars["Shape"][:2] + ["Circ{r: %s}" % self.int_expr()])
            self.declare("[]Shape", self.fresh("shs"), R.choice(
                ["[]Shape{%s}" % elems, "make([]Shape, 0, 2)", "[]Shape{}"]))
            return
        x = self.int_var()
        forms = ["for _, s := range %s {\n%s    %s += s.Area()\n%s}" % (shs, self.ind(), x, self.ind()),
                 "if len(%s) > 0 {\n%s    %s += %s[0].Area()\n%s}" % (shs, self.ind(), x, shs, self.ind())]
        if sh:
            forms += ["%s = append(%s, %s)" % (shs, shs, sh)]
        self.emit(R.choice(forms))

    def s_shape_map(self):
        ms, sh = self.pick("map[string]Shape"), self.pick("Shape")
        if not ms:
            self.declare("map[string]Shape", self.fresh("ms"), R.choice(
                ["map[string]Shape{}", 'map[string]Shape{"c": Circ{r: 1}}', "make(map[string]Shape)"]))
            return
        x = self.int_var()
        forms = ["if s, ok := %s[%s]; ok {\n%s    %s += s.Area()\n%s}" % (
            ms, R.choice(KEYS), self.ind(), x, self.ind())]
        if sh:
            forms.append("%s[%s] = %s" % (ms, R.choice(KEYS), sh))
        self.emit(R.choice(forms))

    def s_closure(self):
        sh, m, b = self.pick("Shape"), self.pick("map[string]int"), self.pick("*Box")
        body = []
        if sh:
            body.append("%s.Area()" % sh)
        if m:
            body.append("%s[%s]" % (m, R.choice(KEYS)))
        if b:
            body.append("%s.Get()" % b)
        if not body:
            return
        f = self.fresh("cl")
        self.declare("func() int", f, "func() int {\n%s    return %s\n%s}" % (
            self.ind(), " + ".join(body), self.ind()))
        r = R.random()
        if r < 0.3:
            self.emit("gf = " + f)
        elif r < 0.7:
            self.declare("int", self.fresh("x"), f + "()")

    # ---- plain pointers ------------------------------------------------------
    s_int_local, s_addr_local, s_call = BaseBody.s_int_local, BaseBody.s_addr_local, BaseBody.s_call

    def s_store_global(self):
        t = R.choice(["*int", "any", "Shape", "map[string]*int", "error", "string", "*Box"])
        v = self.pick(t)
        if v:
            self.emit("%s = %s" % ({"*int": "gp", "any": "gany", "Shape": "gsh",
                                     "map[string]*int": "gm", "error": "gerr",
                                     "string": "gstr", "*Box": "gbox"}[t], v))

    def call_arg(self, t):
        if t == "int":
            return self.int_expr()
        if t == "string":
            return self.str_expr()
        if t == "Shape":
            return "Circ{r: %s}" % self.int_expr()
        if t == "any":
            return self.int_expr()
        if t == "map[string]int":
            return "map[string]int{%s: 1}" % R.choice(KEYS)
        if t == "*Box":
            return "&Box{val: %s}" % self.int_expr()
        if t == "[]Shape":
            return "[]Shape{Circ{r: %s}}" % self.int_expr()
        if t == "error" and "errors" in self.imports:
            return 'errors.New("c")'
        return None

    STMTS = [s_shape, s_circ, s_shape_of_circ, s_iface_call, s_any, s_type_switch, s_assert,
             s_map, s_map_store, s_map_read, s_map_delete, s_map_range, s_map_len,
             s_box, s_box_keep, s_method_value, s_method_expr, s_defer, s_println, s_sprintf,
             s_error, s_builder, s_int_local, s_addr_local, s_store_global, s_call, s_call,
             s_map, s_shape, s_box, s_any_map, s_any_map, s_shapes, s_shapes, s_shape_map,
             s_closure, s_closure]

    def ret_cands(self, t, cands):
        if t == "*int":
            cands += ["&" + v for v in self.vars["int"]] + ["new(int)"]
        if t == "Shape":
            cands += ["Circ{r: %s}" % self.int_expr(), "&Sq{side: 1}"] + self.vars["Circ"]
        if t == "any":
            cands += self.vars["int"] + self.vars["string"] + self.vars["Shape"] + ["nil"]
        if t == "string":
            cands += ['"r"', self.str_expr() + ' + "z"']
        if t == "error":
            cands += ["nil"]
            if "errors" in self.imports:
                cands.append('errors.New("r")')
        if t == "map[string]int":
            cands += ['map[string]int{"r": %s}' % self.int_expr()]
        if t == "*Box":
            cands += ["&Box{val: %s}" % self.int_expr()] + ["&" + v for v in self.vars["Box"]]
        if t == "func() int":
            x = self.int_expr()
            cands += ["func() int {\n%s    return %s\n%s}" % (self.ind(), x, self.ind())]
            cands += ["%s.Get" % v for v in self.vars["*Box"]] + ["%s.Area" % v for v in self.vars["Shape"]]
        if t == "[]Shape":
            cands += ["[]Shape{%s}" % ", ".join(self.vars["Shape"][:2])]


def gen_fn(i, callees, imports):
    return base_gen_fn(i, lambda fn: Body(fn, callees, imports),
                       lambda: ([p for p in PARAMS if R.random() < 0.45] or
                                [PARAMS[R.randrange(len(PARAMS))]]),
                       RESULTS, (3, 10))


def arg_for(t, imports):
    if t == "error":
        imports.add("errors")
        return 'errors.New("arg")'
    return {"*int": "&a", "*Box": "&Box{val: 3, tag: \"bx\"}", "Shape": R.choice(
        ["Circ{r: 2}", "&Sq{side: 3}", "&Sq{side: 4, tag: &b}"]),
        "any": R.choice(["4", '"any"', "&b", "Circ{r: 1}"]),
        "map[string]int": 'map[string]int{"a": 1, "c": 5}',
        "map[string]*int": 'map[string]*int{"b": &b}', "string": '"hello"', "int": "4",
        "[]Shape": "[]Shape{Circ{r: 1}, &Sq{side: 2}}"}[t]


def show(t, v):
    """an expression printing result v of type t without pointers"""
    return {"int": v, "*int": "*" + v, "Shape": v + ".Area()", "any": "%s == nil" % v,
            "string": v, "error": v, "map[string]int": v, "*Box": v + ".val",
            "func() int": v + "()", "[]Shape": "len(%s)" % v}[t]


def program(seed):
    imports = set()
    fns, texts = gen_fns(seed, lambda i, callees: gen_fn(i, callees, imports))
    imports.add("fmt")
    lines = main_calls(calls_of(fns, lambda t: arg_for(t, imports), show),
                       ["    a := 1", "    b := 2"], ["    fmt.Println(a, b)"])
    return program_text("gen_go_twins_ext.py", seed, imports, TYPES, texts, lines)

def main():
    base_main(program)


if __name__ == "__main__":
    main()
