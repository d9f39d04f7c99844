#!/usr/bin/env python3
"""gen_rust_twins_fmt.py: gen_rust_twins.py's programs, with fmt and library calls.

    gen_rust_twins_fmt.py SEED OUTDIR     writes OUTDIR/tSEED.ml0 and OUTDIR/tSEED.rs

The same line-aligned twins as gen_rust_twins.py (whose statements it
keeps), plus what docs/borrowck.md's "fmt and library calls borrow their
operands" is about: fmt.Println/Printf/Sprint of strings, slices, Boxes,
fields and references (`println!`, `format!`: borrows for the call), an
operand list where a later operand borrows an earlier one mutably or
moves it, strings/strconv calls (`s.to_uppercase()`, `s.contains(..)`),
sort.Ints (`v.sort()`: `&mut v`), and `defer fmt.Println(..)` at the
function's top level (a Drop guard whose closure borrows its operands
until main returns). `rust_diff.py --gen fmt` runs these.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_rust_twins as base  # noqa: E402

EXTRA = [
    ('import "fmt"', "#![allow(unused)]"),
    ('import "sort"', "use std::fmt::Write as _;"),
    ('import "strings"', ""),
    ("func bumpS(s *mut string) int { *s = *s + \"!\"; return 1 }",
     "fn bump_s(s: &mut String) -> i32 { s.push_str(\"!\"); return 1; }"),
    ("func ownS(s string) int { return len(s) }", "fn own_s(s: String) -> usize { return s.len(); }"),
    ('func useLib() { sort.Ints(nil); fmt.Print(strings.ToUpper("")) }', "fn use_lib() {}"),
    ("// defer", "struct Defer<F: FnMut()>(F); impl<F: FnMut()> Drop for Defer<F> { fn drop(&mut self) { (self.0)() } }"),
]


class FmtGen(base.Gen):
    def prelude(self):
        return EXTRA[:3] + base.PRELUDE + EXTRA[3:]

    def statements(self):
        return super().statements() + [
            (self.s_println, 8), (self.s_sprint, 4), (self.s_later_mut, 2), (self.s_later_move, 2),
            (self.s_strings, 4), (self.s_sort, 2), (self.s_defer, 2)]

    def operand(self):
        """A printable operand: (ml0, rust, rust format)."""
        v = self.pick("int", "str", "box", "vec", "P", "ref")
        if not v:
            return None
        n, k = v["name"], v["kind"]
        if k == "vec":
            return n, n, "{:?}"
        if k == "P":
            f = self.r.choice(["a", "n"])
            return "%s.%s" % (n, f), "%s.%s" % (n, f), "{}"
        if k == "ref":
            return "*" + n, "*" + n, "{}"
        return n, n, "{}"

    def operands(self, lo, hi):
        ops = [self.operand() for _ in range(self.r.randint(lo, hi))]
        return [o for o in ops if o]

    def s_println(self):
        ops = self.operands(1, 3)
        if not ops:
            return
        if self.r.random() < 0.3:
            self.emit('fmt.Printf("%s\\n", %s)' % (" ".join("%v" for _ in ops), ", ".join(o[0] for o in ops)),
                      'print!("%s\\n", %s);' % (" ".join(o[2] for o in ops), ", ".join(o[1] for o in ops)))
        else:
            self.emit("fmt.Println(%s)" % ", ".join(o[0] for o in ops),
                      'println!("%s", %s);' % (" ".join(o[2] for o in ops), ", ".join(o[1] for o in ops)))

    def s_sprint(self):
        ops = self.operands(1, 2)
        if not ops:
            return
        n = self.name("s")
        self.emit('%s := fmt.Sprint(%s, "")' % (n, ", ".join(o[0] for o in ops)),
                  'let mut %s = format!("%s", %s);' % (n, "".join(o[2] for o in ops), ", ".join(o[1] for o in ops)))
        self.add(n, "str")

    def s_later_mut(self):
        s = self.pick("str")
        if s:
            self.emit("fmt.Println(%s, bumpS(&mut %s))" % (s["name"], s["name"]),
                      'println!("{} {}", %s, bump_s(&mut %s));' % (s["name"], s["name"]))

    def s_later_move(self):
        s = self.pick("str")
        if s:
            self.emit("fmt.Println(%s, ownS(%s))" % (s["name"], s["name"]),
                      'println!("{} {}", %s, own_s(%s));' % (s["name"], s["name"]))

    def s_strings(self):
        s = self.str_place()
        if not s:
            return
        if self.r.random() < 0.5:
            n = self.name("s")
            self.emit("%s := strings.ToUpper(%s)" % (n, s), "let mut %s = %s.to_uppercase();" % (n, s))
            self.add(n, "str")
        else:
            self.emit('fmt.Println(strings.Contains(%s, "a"), len(%s))' % (s, s),
                      'println!("{} {}", %s.contains("a"), %s.len());' % (s, s))

    def s_sort(self):
        v = self.pick("vec")
        if v:
            self.emit("sort.Ints(%s)" % v["name"], "%s.sort();" % v["name"])

    def s_defer(self):
        if self.opened or self.depth != 1:
            return      # a Rust guard in a block would run at the block's end
        ops = self.operands(1, 2)
        if not ops:
            return
        # Go evaluates the operands at the defer: a Copy value is copied
        # there, any other is borrowed by the guard until main returns
        binds = "".join("let c%d = %s%s; " % (i, "" if o[1] in self.copies() else "&", o[1])
                        for i, o in enumerate(ops))
        self.emit("defer fmt.Println(%s)" % ", ".join(o[0] for o in ops),
                  'let _%s = { %sDefer(move || println!("%s", %s)) };'
                  % (self.name("d"), binds, " ".join(o[2] for o in ops),
                     ", ".join("c%d" % i for i in range(len(ops)))))

    def copies(self):
        """The operands (rust text) of a Copy type."""
        c = set()
        for v in self.vars:
            if v["kind"] == "int":
                c.add(v["name"])
            elif v["kind"] == "ref" and v.get("target") == "int":
                c.add("*" + v["name"])
            elif v["kind"] == "P":
                c.add(v["name"] + ".n")
        return c


GENERATOR = FmtGen   # what rust_diff.py runs in-process

if __name__ == "__main__":
    base.main(FmtGen)
