#!/usr/bin/env python3
"""gen_rust_twins_ifmap.py: gen_rust_twins.py's programs, with interfaces and maps.

    gen_rust_twins_ifmap.py SEED OUTDIR   writes OUTDIR/tSEED.ml0 and OUTDIR/tSEED.rs

The same line-aligned twins as gen_rust_twins.py (whose statements it
keeps), plus what docs/borrowck.md's "Interfaces and maps" rules are
about: interfaces holding a borrow of a struct (`&dyn Shower`,
`&mut dyn Shower`) or owning one moved in (`Box<dyn Shower>`), method
calls through them; maps of ints (`HashMap<String, i32>`) written,
read, ranged over (`for (_, v) in &m`, a loop body of random statements)
and moved; maps of pointers (`HashMap<String, &i32>`) that keep the
loans stored into them. `rust_diff.py --gen ifmap` runs these.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_rust_twins as base  # noqa: E402

EXTRA = [
    ("// interfaces and maps", "use std::collections::HashMap;"),
    ("type Shower interface {", "trait Shower {"),
    ("    Show() int", "    fn show(&self) -> i32;"),
    ("}", "}"),
    ("func (p P) Show() int { return p.n }", "impl Shower for P { fn show(&self) -> i32 { self.n } }"),
]


class IfMapGen(base.Gen):
    def prelude(self):
        return base.PRELUDE + EXTRA

    def statements(self):
        return super().statements() + [
            (self.s_iface_borrow, 6), (self.s_iface_box, 3), (self.s_iface_use, 8), (self.s_iface_move, 2),
            (self.s_map_decl, 5), (self.s_map_write, 6), (self.s_map_read, 6), (self.s_map_range, 4),
            (self.s_map_move, 2), (self.s_pmap_decl, 4), (self.s_pmap_store, 6), (self.s_pmap_read, 6)]

    # ---- interfaces ---------------------------------------------------------
    def s_iface_borrow(self):
        p = self.pick("P")
        if not p:
            return
        mut = self.r.random() < 0.3
        n = self.name("i")
        self.emit("var %s Shower = &%s%s" % (n, "mut " if mut else "", p["name"]),
                  "let %s: &%sdyn Shower = &%s%s;" % (n, "mut " if mut else "", "mut " if mut else "", p["name"]))
        self.add(n, "iface", owned=False, mut=mut)

    def s_iface_box(self):
        p = self.pick("P")
        if not p:
            return
        n = self.name("i")
        self.emit("var %s Shower = %s" % (n, p["name"]), "let %s: Box<dyn Shower> = Box::new(%s);" % (n, p["name"]))
        self.add(n, "iface", owned=True, mut=False)

    def s_iface_use(self):
        v = self.pick("iface")
        if v:
            self.emit("println(%s.Show())" % v["name"], 'println!("{}", %s.show());' % v["name"])

    def s_iface_move(self):
        # a shared &dyn is Copy in Rust, an ML0 interface never is: move only the others
        c = [v for v in self.vars if v["kind"] == "iface" and (v["owned"] or v["mut"])]
        if not c:
            return
        v = self.r.choice(c)
        n = self.name("i")
        self.emit("%s := %s" % (n, v["name"]), "let %s = %s;" % (n, v["name"]))
        self.add(n, "iface", owned=v["owned"], mut=v["mut"])

    # ---- maps of ints -------------------------------------------------------
    def s_map_decl(self):
        n = self.name("mp")
        k = self.k()
        self.emit('%s := map[string]int{"a": %d}' % (n, k),
                  'let mut %s: HashMap<String, i32> = [("a".to_string(), %d)].into_iter().collect();' % (n, k))
        self.add(n, "map")

    def s_map_write(self):
        v = self.pick("map")
        if not v:
            return
        k = self.k()
        if self.r.random() < 0.7:
            key = self.r.choice("ab")
            self.emit('%s["%s"] = %d' % (v["name"], key, k), '%s.insert("%s".to_string(), %d);' % (v["name"], key, k))
        else:
            self.emit('delete(%s, "b")' % v["name"], '%s.remove("b");' % v["name"])

    def s_map_read(self):
        v = self.pick("map")
        if not v:
            return
        if self.r.random() < 0.5:
            self.emit('println(%s["a"])' % v["name"], 'println!("{}", %s["a"]);' % v["name"])
        else:
            self.emit("println(len(%s))" % v["name"], 'println!("{}", %s.len());' % v["name"])

    def s_map_range(self):
        v = self.pick("map")
        if not v or len(self.opened) >= 3:
            return
        n = self.name("e")
        self.emit("for _, %s := range %s {" % (n, v["name"]), "for (_, %s) in &%s {" % (n, v["name"]))
        self.opened.append("loop")
        self.depth += 1
        self.emit("println(%s)" % n, 'println!("{}", %s);' % n)

    def s_map_move(self):
        v = self.pick("map")
        if not v:
            return
        n = self.name("mp")
        self.emit("%s := %s" % (n, v["name"]), "let mut %s = %s;" % (n, v["name"]))
        self.add(n, "map")

    # ---- maps of pointers ---------------------------------------------------
    def s_pmap_decl(self):
        n = self.name("pm")
        self.emit("%s := map[string]*int{}" % n, "let mut %s: HashMap<String, &i32> = HashMap::new();" % n)
        self.add(n, "pmap")

    def s_pmap_store(self):
        v = self.pick("pmap")
        p = self.int_place()
        if not v or not p:
            return
        self.emit('%s["a"] = &%s' % (v["name"], p[0]), '%s.insert("a".to_string(), &%s);' % (v["name"], p[1]))

    def s_pmap_read(self):
        v = self.pick("pmap")
        if not v:
            return
        if self.r.random() < 0.5:
            self.emit('println(len(%s))' % v["name"], 'println!("{}", %s.len());' % v["name"])
        else:
            n = self.name("r")
            self.emit('%s := %s["a"]' % (n, v["name"]), 'let %s = %s["a"];' % (n, v["name"]))
            self.add(n, "ref", target="int", mut=False)


GENERATOR = IfMapGen   # what rust_diff.py runs in-process

if __name__ == "__main__":
    base.main(IfMapGen)
