#!/usr/bin/env python3
"""gen_rust_twins_wide.py: the shapes and interface/map twins together, wider.

    gen_rust_twins_wide.py SEED OUTDIR   writes OUTDIR/tSEED.ml0 and OUTDIR/tSEED.rs

Everything gen_rust_twins_shapes.py and gen_rust_twins_ifmap.py draw
(closures, `*mut` receivers, slices of structs, labelled loops,
interfaces, maps), in one program so that they meet, plus:
  - closures over fields: writing `p.n` (FnMut), moving `p.a` out
    (FnOnce), reading `len(p.a)`; Rust 2021 captures the field only;
  - `&mut *x` reborrows: `bump(&mut *m)`, `&mut *b` of a Box;
  - slices of Boxes (`Vec<Box<i32>>`): `*bs[0] = k`, `&*bs[0]`,
    `takeB(bs[0])` (E0507), append, moves;
  - maps of slices (`HashMap<String, Vec<i32>>`): element reads and
    borrows (`&ms["a"][0]` keeps the map borrowed), element writes
    (E0596: HashMap has no IndexMut), inserts that move a slice in;
  - interface values in structs (`struct H { s: Box<dyn Shower> }`):
    built from a moved P, method calls through the field, the field
    moved out (a partial move), reassigned, the struct moved.
The generators it builds on are left as they were, so their seeds keep
the programs the numbers in docs/TESTING.md were measured on.
`rust_diff.py --gen wide` runs these.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_rust_twins as base  # noqa: E402
import gen_rust_twins_ifmap as ifmap  # noqa: E402
import gen_rust_twins_shapes as shapes  # noqa: E402

EXTRA = [
    ("type H struct {", "struct H {"),
    ("    s Shower", "    s: Box<dyn Shower>,"),
    ("    k int", "    k: i32,"),
    ("}", "}"),
    ("func takeH(h H) { println(h.k) }", 'fn take_h(h: H) { println!("{}", h.k); }'),
]


class WideGen(shapes.ShapesGen, ifmap.IfMapGen):
    def prelude(self):
        return base.PRELUDE + shapes.EXTRA + ifmap.EXTRA + EXTRA

    def statements(self):
        return super().statements() + [
            (self.s_closure_field_write, 2), (self.s_closure_field_move, 2), (self.s_closure_len, 1),
            (self.s_reborrow_pass, 2), (self.s_box_reborrow, 2),
            (self.s_bs_decl, 3), (self.s_bs_write, 2), (self.s_bs_read, 2), (self.s_bs_ref, 2),
            (self.s_bs_append, 2), (self.s_bs_take, 1), (self.s_bs_move, 1),
            (self.s_ms_decl, 3), (self.s_ms_read, 3), (self.s_ms_write, 1), (self.s_ms_store, 2),
            (self.s_ms_ref, 2),
            (self.s_h_decl, 3), (self.s_h_use, 3), (self.s_h_k, 2), (self.s_h_take_field, 1),
            (self.s_h_set, 2), (self.s_h_take, 1)]

    def int_place(self):
        opts = []
        for v in self.vars:
            if v["kind"] == "bs":
                opts.append(("*%s[0]" % v["name"], "*%s[0]" % v["name"]))
            elif v["kind"] == "H":
                opts.append((v["name"] + ".k", v["name"] + ".k"))
        if opts and self.r.random() < 0.25:
            return self.r.choice(opts)
        return super().int_place()

    # ---- closures over fields ----------------------------------------------
    def s_closure_field_write(self):
        p = self.pick("P")
        if not p:
            return
        n, k = self.name("f"), self.k()
        self.emit("%s := func() { %s.n = %d }" % (n, p["name"], k), "let mut %s = || { %s.n = %d; };" % (n, p["name"], k))
        self.add(n, "fnmut")

    def s_closure_field_move(self):
        p = self.pick("P")
        if not p:
            return
        n = self.name("f")
        self.emit("%s := func() { takeS(%s.a) }" % (n, p["name"]), "let %s = || { take_s(%s.a) };" % (n, p["name"]))
        self.add(n, "fnonce")

    def s_closure_len(self):
        s = self.str_place()
        if not s:
            return
        n = self.name("f")
        self.emit("%s := func() int { return len(%s) }" % (n, s), "let %s = || %s.len();" % (n, s))
        self.add(n, "fn")

    # ---- reborrows through `&mut *` ----------------------------------------
    def s_reborrow_pass(self):
        v = [v for v in self.vars if v["kind"] == "ref" and v["mut"] and v["target"] == "int"]
        if v:
            n = self.r.choice(v)["name"]
            self.emit("bump(&mut *%s)" % n, "bump(&mut *%s);" % n)

    def s_box_reborrow(self):
        b = self.pick("box")
        if not b:
            return
        mut = self.r.random() < 0.6
        n = self.name("m" if mut else "r")
        self.emit_ref(n, mut, "*" + b["name"])
        self.add(n, "ref", target="int", mut=mut)

    # ---- slices of Boxes -----------------------------------------------------
    def s_bs_decl(self):
        n, k = self.name("bs"), self.k()
        self.emit("%s := []Box[int]{box(%d)}" % (n, k), "let mut %s = vec![Box::new(%d)];" % (n, k))
        self.add(n, "bs")

    def s_bs_write(self):
        v = self.pick("bs")
        if v:
            k = self.k()
            self.emit("*%s[0] = %d" % (v["name"], k), "*%s[0] = %d;" % (v["name"], k))

    def s_bs_read(self):
        v = self.pick("bs")
        if not v:
            return
        if self.r.random() < 0.6:
            self.emit("println(*%s[0])" % v["name"], 'println!("{}", *%s[0]);' % v["name"])
        else:
            self.emit("println(len(%s))" % v["name"], 'println!("{}", %s.len());' % v["name"])

    def s_bs_ref(self):
        v = self.pick("bs")
        if not v:
            return
        mut = self.r.random() < 0.4
        n = self.name("m" if mut else "r")
        self.emit_ref(n, mut, "*%s[0]" % v["name"])
        self.add(n, "ref", target="int", mut=mut)

    def s_bs_append(self):
        v = self.pick("bs")
        if v:
            k = self.k()
            self.emit("%s = append(%s, box(%d))" % (v["name"], v["name"], k), "%s.push(Box::new(%d));" % (v["name"], k))

    def s_bs_take(self):
        v = self.pick("bs")
        if v:
            self.emit("takeB(%s[0])" % v["name"], "take_b(%s[0]);" % v["name"])

    def s_bs_move(self):
        v = self.pick("bs")
        if not v:
            return
        n = self.name("bs")
        self.emit("%s := %s" % (n, v["name"]), "let mut %s = %s;" % (n, v["name"]))
        self.add(n, "bs")

    # ---- maps of slices -------------------------------------------------------
    def s_ms_decl(self):
        n, k = self.name("ms"), self.k()
        self.emit('%s := map[string][]int{"a": []int{%d}}' % (n, k),
                  'let mut %s: HashMap<String, Vec<i32>> = [("a".to_string(), vec![%d])].into_iter().collect();'
                  % (n, k))
        self.add(n, "ms")

    def s_ms_read(self):
        v = self.pick("ms")
        if not v:
            return
        if self.r.random() < 0.6:
            self.emit('println(%s["a"][0])' % v["name"], 'println!("{}", %s["a"][0]);' % v["name"])
        else:
            self.emit('println(len(%s["a"]))' % v["name"], 'println!("{}", %s["a"].len());' % v["name"])

    def s_ms_write(self):
        v = self.pick("ms")
        if v:
            k = self.k()
            self.emit('%s["a"][0] = %d' % (v["name"], k), '%s["a"][0] = %d;' % (v["name"], k))

    def s_ms_store(self):
        m = self.pick("ms")
        if not m:
            return
        v = self.pick("vec")
        key = self.r.choice("ab")
        if v and self.r.random() < 0.5:
            self.emit('%s["%s"] = %s' % (m["name"], key, v["name"]),
                      '%s.insert("%s".to_string(), %s);' % (m["name"], key, v["name"]))
        else:
            k = self.k()
            self.emit('%s["%s"] = []int{%d}' % (m["name"], key, k),
                      '%s.insert("%s".to_string(), vec![%d]);' % (m["name"], key, k))

    def s_ms_ref(self):
        v = self.pick("ms")
        if not v:
            return
        n = self.name("r")
        self.emit('%s := &%s["a"][0]' % (n, v["name"]), 'let %s = &%s["a"][0];' % (n, v["name"]))
        self.add(n, "ref", target="int", mut=False)

    # ---- interfaces in structs -------------------------------------------------
    def s_h_decl(self):
        p = self.pick("P")
        if not p:
            return
        n, k = self.name("h"), self.k()
        self.emit("%s := H{s: %s, k: %d}" % (n, p["name"], k), "let mut %s = H { s: Box::new(%s), k: %d };" % (n, p["name"], k))
        self.add(n, "H")

    def s_h_use(self):
        v = self.pick("H")
        if v:
            self.emit("println(%s.s.Show())" % v["name"], 'println!("{}", %s.s.show());' % v["name"])

    def s_h_k(self):
        v = self.pick("H")
        if not v:
            return
        if self.r.random() < 0.5:
            self.emit("println(%s.k)" % v["name"], 'println!("{}", %s.k);' % v["name"])
        else:
            k = self.k()
            self.emit("%s.k = %d" % (v["name"], k), "%s.k = %d;" % (v["name"], k))

    def s_h_take_field(self):
        v = self.pick("H")
        if not v:
            return
        n = self.name("i")
        self.emit("%s := %s.s" % (n, v["name"]), "let %s = %s.s;" % (n, v["name"]))
        self.add(n, "iface", owned=True, mut=False)

    def s_h_set(self):
        v = self.pick("H")
        if v:
            k = self.k()
            self.emit('%s.s = P{a: "z", n: %d}' % (v["name"], k),
                      '%s.s = Box::new(P { a: String::from("z"), n: %d });' % (v["name"], k))

    def s_h_take(self):
        v = self.pick("H")
        if v:
            self.emit("takeH(%s)" % v["name"], "take_h(%s);" % v["name"])


GENERATOR = WideGen   # what rust_diff.py runs in-process

if __name__ == "__main__":
    base.main(WideGen)
