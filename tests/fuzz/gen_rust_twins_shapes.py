#!/usr/bin/env python3
"""gen_rust_twins_shapes.py: gen_rust_twins.py's programs, with more shapes.

    gen_rust_twins_shapes.py SEED OUTDIR   writes OUTDIR/tSEED.ml0 and OUTDIR/tSEED.rs

The same line-aligned twins as gen_rust_twins.py (whose statements it
keeps), plus shapes the base generator lacks:
  - closures that capture by reference (read), mutably (write x: FnMut)
    and by value (move a string out: FnOnce, so a second call is E0382);
  - methods with `*mut P` / `*P` receivers (`&mut self` / `&self`),
    including `p.setN(p.getN() + 1)` (a two-phase borrow of the receiver);
  - slices of structs (`Vec<P>`): element fields as places, append;
  - early returns: `if x > 3 { return }` in main, and helpers that return
    a borrow on one path and borrow again on the other (NLL problem
    case #3, E0499) or pick one of two borrowed parameters;
  - labelled loops with `break`/`continue` to the label.
`rust_diff.py --gen shapes` runs these.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_rust_twins as base  # noqa: E402

EXTRA = [
    ("func (p *mut P) setN(v int) { p.n = v }", "impl P { fn set_n(&mut self, v: i32) { self.n = v; } }"),
    ("func (p *P) getN() int { return p.n }", "impl P { fn get_n(&self) -> i32 { return self.n; } }"),
    ("func (p *mut P) nRef() *mut int { return &mut p.n }",
     "impl P { fn n_ref(&mut self) -> &mut i32 { return &mut self.n; } }"),
]

# Helpers returning a borrow on one path (%d is the index).
base.HELPERS = base.HELPERS + [
    (["func f%d(p *mut P) *mut int {", "    r := &mut p.n", "    if *r > 3 {", "        return r", "    }",
      "    return &mut p.n", "}"],
     ["fn f%d(p: &mut P) -> &mut i32 {", "    let r = &mut p.n;", "    if *r > 3 {", "        return r;", "    }",
      "    return &mut p.n;", "}"]),
    (["func f%d(p *P) *int {", "    if p.n > 3 {", "        return &p.n", "    }", "    x := p.n",
      "    return &x", "}"],
     ["fn f%d(p: &P) -> &i32 {", "    if p.n > 3 {", "        return &p.n;", "    }", "    let x = p.n;",
      "    return &x;", "}"]),
    (["func f%d(p *mut P) *int {", "    for i := 0; i < 2; i++ {", "        if p.n > i {", "            return &p.n",
      "        }", "        p.n = i", "    }", "    return &p.n", "}"],
     ["fn f%d(p: &mut P) -> &i32 {", "    for i in 0..2 {", "        if p.n > i {", "            return &p.n;",
      "        }", "        p.n = i;", "    }", "    return &p.n;", "}"]),
]


class ShapesGen(base.Gen):
    def prelude(self):
        return base.PRELUDE + EXTRA

    def statements(self):
        return super().statements() + [
            (self.s_closure_ref, 2), (self.s_closure_mut, 3), (self.s_closure_move, 2), (self.s_call_closure, 5),
            (self.s_method, 5), (self.s_method_ref, 2), (self.s_ps_decl, 2), (self.s_ps_append, 2),
            (self.s_return, 1), (self.s_labelled, 2), (self.s_break, 2)]

    def int_place(self):
        opts = []
        for v in self.vars:
            if v["kind"] == "ps":
                opts.append((v["name"] + "[0].n", v["name"] + "[0].n"))
        if opts and self.r.random() < 0.3:
            return self.r.choice(opts)
        return super().int_place()

    # ---- closures ---------------------------------------------------------
    def s_closure_ref(self):
        p = self.int_place()
        if not p:
            return
        n = self.name("f")
        self.emit("%s := func() int { return %s + 1 }" % (n, p[0]), "let %s = || %s + 1;" % (n, p[1]))
        self.add(n, "fn")

    def s_closure_mut(self):
        x = self.pick("int", "str")
        if not x:
            return
        n = self.name("f")
        if x["kind"] == "int":
            k = self.k()
            self.emit("%s := func() { %s = %d }" % (n, x["name"], k), "let mut %s = || { %s = %d; };" % (n, x["name"], k))
        else:
            self.emit('%s := func() { %s = "c" }' % (n, x["name"]),
                      'let mut %s = || { %s = String::from("c"); };' % (n, x["name"]))
        self.add(n, "fnmut")

    def s_closure_move(self):
        s = self.pick("str")
        if not s:
            return
        n = self.name("f")
        self.emit("%s := func() { takeS(%s) }" % (n, s["name"]), "let %s = || { take_s(%s) };" % (n, s["name"]))
        self.add(n, "fnonce")

    def s_call_closure(self):
        v = self.pick("fnmut", "fnonce")
        if v:
            self.emit("%s()" % v["name"], "%s();" % v["name"])

    # ---- methods ----------------------------------------------------------
    def s_method(self):
        p = self.pick("P")
        if not p:
            return
        c = self.r.random()
        n = p["name"]
        if c < 0.35:
            k = self.k()
            self.emit("%s.setN(%d)" % (n, k), "%s.set_n(%d);" % (n, k))
        elif c < 0.7:
            self.emit("println(%s.getN())" % n, 'println!("{}", %s.get_n());' % n)
        else:
            self.emit("%s.setN(%s.getN() + 1)" % (n, n), "%s.set_n(%s.get_n() + 1);" % (n, n))

    def s_method_ref(self):
        p = self.pick("P")
        if not p:
            return
        n = self.name("m")
        self.emit("%s := %s.nRef()" % (n, p["name"]), "let %s = %s.n_ref();" % (n, p["name"]))
        self.add(n, "ref", target="int", mut=True)

    # ---- slices of structs -------------------------------------------------
    def s_ps_decl(self):
        n = self.name("ps")
        k = self.k()
        self.emit('%s := []P{P{a: "e%d", n: %d}}' % (n, k, k),
                  'let mut %s = vec![P { a: String::from("e%d"), n: %d }];' % (n, k, k))
        self.add(n, "ps")

    def s_ps_append(self):
        v = self.pick("ps")
        if not v:
            return
        k = self.k()
        self.emit('%s = append(%s, P{a: "f", n: %d})' % (v["name"], v["name"], k),
                  '%s.push(P { a: String::from("f"), n: %d });' % (v["name"], k))

    # ---- early return, labelled loops --------------------------------------
    def s_return(self):
        x = self.pick("int")
        if x:
            self.emit("if %s > 5 {" % x["name"], "if %s > 5 {" % x["name"])
            self.depth += 1
            self.s_use()
            self.emit("return", "return;")
            self.depth -= 1
            self.emit("}", "}")

    def s_labelled(self):
        if len(self.opened) >= 3:
            return
        n = self.name("outer")
        self.emit("%s: for i := 0; i < 2; i++ {" % n, "'%s: for i in 0..2 {" % n)
        self.opened.append("label:" + n)
        self.depth += 1
        self.emit("if i > 0 {", "if i > 0 {")
        self.emit("    continue %s" % n, "    continue '%s;" % n)
        self.emit("}", "}")

    def s_break(self):
        labels = [o[6:] for o in self.opened if o.startswith("label:")]
        x = self.pick("int")
        if not labels or not x:
            return
        lab = self.r.choice(labels)
        kw = self.r.choice(["break", "continue"])
        self.emit("if %s > 4 {" % x["name"], "if %s > 4 {" % x["name"])
        self.emit("    %s %s" % (kw, lab), "    %s '%s;" % (kw, lab))
        self.emit("}", "}")


GENERATOR = ShapesGen   # what rust_diff.py runs in-process

if __name__ == "__main__":
    base.main(ShapesGen)
