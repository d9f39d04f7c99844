#!/usr/bin/env python3
"""gen_go_twins_order.py: random Go twins for the order of evaluation.

    gen_go_twins_order.py SEED            the program on standard output
    gen_go_twins_order.py FIRST LAST DIR  DIR/seedN.ml0 for each seed

Each program is both ML0 and Go (tests/escape's convention: `package main `
put in front of its first line makes it the Go twin). Its main declares
locals of many types (int, bool, byte, int16, float64, string, structs of
16 bytes, of one int and of two int32s, an array, an interface, maps keyed
by each kind gc's order treats differently), closures that change one of
them and return an int, functions changing globals or a struct through a
pointer, and then statements that mix those calls with reads of what they
change, in every context where gc's order pass decides when a read happens
(docs/LANGUAGE.md, "Order of evaluation"): call arguments (fmt.Println's,
converted to interfaces), slice, array and struct literals of interfaces
and of ints, map keys in reads, writes, `m[k] op= v`, `v, ok := m[k]` and
delete, comparisons of structs and arrays, multiple assignment with index
and interface left sides, op-assignment, return lists of a closure called
on the spot, append, `var a, b any = x, f()`, explicit `any(x)`. After
each statement it prints the variables the statement read or changed
(and all of them at the end), so the first statement whose order differs
from go1.19's shows in the output.

tests/fuzz/go_diff.sh ML0C FIRST LAST --order --run-both compares -m and
both runtimes' output with go1.19's (ctest: fuzz/go_twins_order_*).
"""
import random
import re
import sys

R = random.Random(1)

# type -> (variable names, literal maker)
def lit_int():
    return str(R.randint(-3, 9))


LITS = {
    "int": lit_int,
    "bool": lambda: R.choice(["true", "false"]),
    "byte": lambda: "byte(%d)" % R.randint(0, 255),
    "int16": lambda: "int16(%d)" % R.randint(-300, 300),
    "float64": lambda: "%d.5" % R.randint(-3, 9),
    "string": lambda: '"%s"' % "".join(R.choice("abcxyz") for _ in range(R.randint(0, 3))),
    "T": lambda: "T{%s, %s}" % (lit_int(), lit_int()),
    "K": lambda: "K{%s}" % lit_int(),
    "P": lambda: "P{%s, %s}" % (lit_int(), lit_int()),
    "A": lambda: "[2]int{%s, %s}" % (lit_int(), lit_int()),
    "S": lambda: 'S{"%s", %s}' % (R.choice("abc"), lit_int()),
    "any": lambda: R.choice(["nil", lit_int(), "T{%s, %s}" % (lit_int(), lit_int()), '"e"']),
}
GO_TYPE = {"A": "[2]int"}
TYPES = list(LITS)
# maps: name, key type, value type int
MAPS = [("mT", "T"), ("mK", "K"), ("mP", "P"), ("mA", "A"), ("mI", "int"), ("mS", "string"),
        ("mB", "bool"), ("mF", "float64"), ("mX", "any"), ("mSS", "S")]
# fields of struct types that are ints (settable, readable)
INT_FIELDS = {"T": ["a", "b"], "K": ["a"], "S": ["n"]}

PRELUDE = """import "fmt"

type T struct{ a, b int }
type K struct{ a int }
type P struct{ a, b int32 }
type S struct {
    s string
    n int
}
type W struct {
    X, Y any
    N    int
}

var gi = 1
var gt = T{1, 2}
var gk = K{3}

func setG() int {
    gi++
    gt.a += 10
    gk.a--
    return gi
}

func incT(p *T) int {
    p.a++
    p.b += 2
    return p.a
}

func two(x any, n int) (any, int) {
    return x, n
}
"""


class Main:
    def __init__(self):
        self.lines = []
        self.vars = {t: [] for t in TYPES}
        self.setters = []       # closures changing one variable each
        self.changes = {}       # setter -> the variable it changes
        self.count = 0
        self.state = []         # what is printed after each statement

    def fresh(self, base):
        self.count += 1
        return "%s%d" % (base, self.count)

    def emit(self, s):
        self.lines.append("    " + s)

    def gotype(self, t):
        return GO_TYPE.get(t, t)

    # ---- expressions ------------------------------------------------------

    def setter(self):
        return R.choice(self.setters) + "()"

    def expr(self, t, d=0):
        """an expression of type t, maybe with calls that change variables"""
        deep = d < 2
        r = R.random()
        if t == "int":
            opts = [lambda: R.choice(self.vars["int"]), lit_int, self.setter, self.setter,
                    lambda: "gi", lambda: "setG()"]
            for st, fs in INT_FIELDS.items():
                for f in fs:
                    opts.append(lambda st=st, f=f: "%s.%s" % (R.choice(self.vars[st]), f))
            opts.append(lambda: "%s[%d]" % (R.choice(self.vars["A"]), R.randint(0, 1)))
            opts.append(lambda: "int(%s)" % R.choice(self.vars["int16"]))
            opts.append(lambda: "int(%s)" % R.choice(self.vars["byte"]))
            opts.append(lambda: "len(%s)" % R.choice(self.vars["string"]))
            opts.append(lambda: "incT(&%s)" % R.choice(self.vars["T"]))
            if deep:
                opts.append(lambda: "%s + %s" % (self.expr("int", d + 1), self.expr("int", d + 1)))
                opts.append(lambda: "%s[(%s) & 1]" % (R.choice(self.vars["A"]), self.expr("int", d + 1)))
                opts.append(lambda: self.map_read(d + 1))
            return R.choice(opts)()
        if t == "bool":
            opts = [lambda: R.choice(self.vars["bool"]), LITS["bool"]]
            if deep:
                opts += [lambda: "%s < %s" % (self.expr("int", d + 1), self.expr("int", d + 1)),
                         lambda: "%s == %s" % (self.expr("T", d + 1), self.expr("T", d + 1)),
                         lambda: "%s != %s" % (self.expr("A", d + 1), self.expr("A", d + 1)),
                         lambda: "%s == %s" % (self.expr("K", d + 1), self.expr("K", d + 1)),
                         lambda: "%s == %s" % (self.expr("S", d + 1), self.expr("S", d + 1)),
                         lambda: "%s == %s" % (self.expr("P", d + 1), self.expr("P", d + 1)),
                         lambda: "%s == %s" % (self.expr("any", d + 1), self.expr("T", d + 1)),
                         lambda: "%s == %s" % (self.expr("T", d + 1), self.expr("any", d + 1))]
            return R.choice(opts)()
        if t in ("byte", "int16"):
            opts = [lambda: R.choice(self.vars[t]), LITS[t]]
            if deep:
                opts += [lambda: "%s(%s & 127)" % (t, self.expr("int", d + 1)),
                         lambda: "%s + %s" % (R.choice(self.vars[t]), R.choice(self.vars[t]))]
            return R.choice(opts)()
        if t == "float64":
            opts = [lambda: R.choice(self.vars[t]), LITS[t]]
            if deep:
                opts += [lambda: "float64(%s)" % self.expr("int", d + 1)]
            return R.choice(opts)()
        if t == "string":
            opts = [lambda: R.choice(self.vars[t]), LITS[t]]
            if deep:
                opts += [lambda: "%s + %s" % (R.choice(self.vars[t]), self.expr("string", d + 1))]
            return R.choice(opts)()
        if t == "T":
            opts = [lambda: R.choice(self.vars[t]), LITS[t], lambda: "gt", lambda: "*pt"]
            if deep:
                opts += [lambda: "T{%s, %s}" % (self.expr("int", d + 1), self.expr("int", d + 1)),
                         lambda: "T{b: %s}" % self.expr("int", d + 1)]
            return R.choice(opts)()
        if t == "K":
            opts = [lambda: R.choice(self.vars[t]), LITS[t], lambda: "gk"]
            if deep:
                opts += [lambda: "K{%s}" % self.expr("int", d + 1)]
            return R.choice(opts)()
        if t == "P":
            opts = [lambda: R.choice(self.vars[t]), LITS[t]]
            if deep:
                opts += [lambda: "P{int32(%s), 1}" % self.expr("int", d + 1)]
            return R.choice(opts)()
        if t == "A":
            opts = [lambda: R.choice(self.vars[t]), LITS[t]]
            if deep:
                opts += [lambda: "[2]int{%s, %s}" % (self.expr("int", d + 1), self.expr("int", d + 1))]
            return R.choice(opts)()
        if t == "S":
            opts = [lambda: R.choice(self.vars[t]), LITS[t]]
            if deep:
                opts += [lambda: "S{%s, %s}" % (self.expr("string", d + 1), self.expr("int", d + 1))]
            return R.choice(opts)()
        if t == "any":
            opts = [lambda: R.choice(self.vars["any"])]
            if deep:
                opts += [lambda: "any(%s)" % self.expr(R.choice(TYPES[:-1]), d + 1)]
            return R.choice(opts)()
        raise ValueError(t)

    def any_operand(self, d=0):
        """something converted to an interface where it is used"""
        return self.expr(R.choice(TYPES), d)

    def map_key(self, kt, d):
        if kt == "any":     # mX's keys: Ts only, so fmt prints it sorted as Go does
            return self.expr("T", d)
        return self.expr(kt, d)

    def map_read(self, d):
        name, kt = R.choice(MAPS)
        return "%s[%s]" % (name, self.map_key(kt, d))

    def int_place(self):
        opts = [lambda: R.choice(self.vars["int"]),
                lambda: "%s[(%s) & 1]" % (R.choice(self.vars["A"]), self.expr("int", 1))]
        for st, fs in INT_FIELDS.items():
            for f in fs:
                opts.append(lambda st=st, f=f: "%s.%s" % (R.choice(self.vars[st]), f))
        name, kt = R.choice(MAPS)
        opts.append(lambda: "%s[%s]" % (name, self.map_key(kt, 1)))
        return R.choice(opts)()

    # ---- statements -------------------------------------------------------

    def stmt(self):
        start = len(self.lines)
        k = R.randrange(16)
        if k == 0:
            args = [self.any_operand() for _ in range(R.randint(2, 5))]
            self.emit("fmt.Println(%s)" % ", ".join(args))
        elif k == 1:
            v = self.fresh("vs")
            elems = [self.any_operand() for _ in range(R.randint(2, 5))]
            self.emit("%s := []any{%s}" % (v, ", ".join(elems)))
            self.emit("fmt.Println(%s)" % v)
        elif k == 2:
            v = self.fresh("w")
            self.emit("%s := W{X: %s, Y: %s, N: %s}" % (v, self.any_operand(), self.any_operand(),
                                                         self.expr("int")))
            self.emit("fmt.Println(%s)" % v)
        elif k == 3:
            v = self.fresh("arr")
            t = R.choice(["any", "int", "T"])
            elems = [self.expr(t) if t != "any" else self.any_operand() for _ in range(3)]
            self.emit("%s := [3]%s{%s}" % (v, t, ", ".join(elems)))
            self.emit("fmt.Println(%s)" % v)
        elif k == 4:
            name, kt = R.choice(MAPS)
            op = R.choice(["=", "=", "+=", "-="])
            self.emit("%s[%s] %s %s" % (name, self.map_key(kt, 0), op, self.expr("int")))
        elif k == 5:
            name, kt = R.choice(MAPS)
            v, ok = self.fresh("v"), self.fresh("ok")
            self.emit("%s, %s := %s[%s]" % (v, ok, name, self.map_key(kt, 0)))
            self.emit("fmt.Println(%s, %s, %s)" % (v, ok, self.expr("int")))
        elif k == 6:
            name, kt = R.choice(MAPS)
            self.emit("delete(%s, %s)" % (name, self.map_key(kt, 0)))
        elif k == 7:
            # multiple assignment: places and values of any types
            n = R.randint(2, 3)
            lhs, rhs = [], []
            for _ in range(n):
                if R.random() < 0.5:
                    lhs.append(self.int_place())
                    rhs.append(self.expr("int"))
                else:
                    t = R.choice(TYPES)
                    lhs.append(R.choice(self.vars[t]))
                    rhs.append(self.any_operand() if t == "any" else self.expr(t))
            if len(set(lhs)) == len(lhs):
                self.emit("%s = %s" % (", ".join(lhs), ", ".join(rhs)))
        elif k == 8:
            self.emit("%s %s %s" % (self.int_place(), R.choice(["+=", "-=", "*="]), self.expr("int")))
        elif k == 9:
            a, b = self.fresh("r"), self.fresh("r")
            self.emit("%s, %s := func() (any, any) { return %s, %s }()" % (a, b, self.any_operand(),
                                                                          self.any_operand()))
            self.emit("fmt.Println(%s, %s)" % (a, b))
        elif k == 10:
            a, b = self.fresh("r"), self.fresh("r")
            self.emit("%s, %s := two(%s, %s)" % (a, b, self.any_operand(), self.expr("int")))
            self.emit("fmt.Println(%s, %s)" % (a, b))
        elif k == 11:
            elems = [self.any_operand() for _ in range(R.randint(1, 3))]
            self.emit("xs = append(xs, %s)" % ", ".join(elems))
            ints = [self.expr("int") for _ in range(R.randint(1, 3))]
            self.emit("ys = append(ys, %s)" % ", ".join(ints))
        elif k == 12:
            a, b = self.fresh("q"), self.fresh("q")
            self.emit("var %s, %s any = %s, %s" % (a, b, self.any_operand(), self.any_operand()))
            self.emit("fmt.Println(%s, %s)" % (a, b))
        elif k == 13:
            t = R.choice(TYPES)
            self.emit("%s = %s" % (R.choice(self.vars[t]), self.any_operand() if t == "any" else self.expr(t)))
        elif k == 14:
            v = self.fresh("is")
            self.emit("%s := []int{%s}" % (v, ", ".join(self.expr("int") for _ in range(R.randint(2, 4)))))
            self.emit("fmt.Println(%s)" % v)
        else:
            v = self.fresh("bs")
            self.emit("%s := []bool{%s}" % (v, ", ".join(self.expr("bool") for _ in range(R.randint(2, 4)))))
            self.emit("fmt.Println(%s)" % v)
        # the variables the statement named (all of them after the last)
        text = "\n".join(self.lines[start:])
        named = [v for v in self.state if re.search(r"\b%s\b" % v, text)]
        if "setG()" in text:
            named += ["gi", "gt", "gk"]
        if "pt" in text or "incT" in text:
            named += self.vars["T"]
        for m in re.findall(r"\b(s\d+)\(\)", text):
            named.append(self.changes[m])
        named = list(dict.fromkeys(named))
        if named:
            self.emit("fmt.Println(%s)" % ", ".join(named))

    def program(self, seed, nstmts):
        for t in TYPES:
            for _ in range(2):
                v = self.fresh(t.lower() if t != "any" else "e")
                self.emit("%s := %s(%s)" % (v, self.gotype(t), LITS[t]()) if t in ("int", "bool", "string")
                          else "var %s %s = %s" % (v, self.gotype(t), LITS[t]()))
                self.vars[t].append(v)
                self.state.append(v)
        self.emit("pt := &%s" % R.choice(self.vars["T"]))
        for name, kt in MAPS:
            self.emit("%s := map[%s]int{}" % (name, self.gotype(kt)))
        self.emit("var xs []any")
        self.emit("var ys []int")
        self.state += [m for m, _ in MAPS] + ["xs", "ys", "gi", "gt", "gk"]
        for t in TYPES:
            for v in self.vars[t]:
                s = self.fresh("s")
                if t in INT_FIELDS and R.random() < 0.5:
                    body = "%s.%s = %s" % (v, R.choice(INT_FIELDS[t]), lit_int())
                elif t == "A" and R.random() < 0.5:
                    body = "%s[%d] = %s" % (v, R.randint(0, 1), lit_int())
                else:
                    body = "%s = %s" % (v, LITS[t]())
                self.emit("%s := func() int { %s; return %s }" % (s, body, lit_int()))
                self.setters.append(s)
                self.changes[s] = v
        for _ in range(nstmts):
            self.stmt()
        self.emit("fmt.Println(%s)" % ", ".join(self.state))
        self.emit("fmt.Println(*pt, %s)" % ", ".join(s + "()" for s in self.setters))
        return ("// generated by tests/fuzz/gen_go_twins_order.py %d\n" % seed + PRELUDE +
                "\nfunc main() {\n" + "\n".join(self.lines) + "\n}\n")


def program(seed):
    R.seed(seed)
    return Main().program(seed, R.randint(8, 20))


def main():
    if len(sys.argv) == 4:
        for seed in range(int(sys.argv[1]), int(sys.argv[2]) + 1):
            with open("%s/seed%d.ml0" % (sys.argv[3], seed), "w") as f:
                f.write(program(seed))
    else:
        sys.stdout.write(program(int(sys.argv[1]) if len(sys.argv) > 1 else 1))


if __name__ == "__main__":
    main()
