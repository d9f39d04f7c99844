#!/usr/bin/env python3
"""gen_pointer_program.py SEED: a random Go-style ML0 program that shares
pointers freely (aliasing, re-slicing, interior pointers, closures,
globals, copy, struct and array values holding pointers), prints a
checksum, and breaks every cycle it made before it ends. Odd seeds link
nodes (cycles possible; every node is registered so the end can unlink
it); even seeds never link them. Under --runtime=drop the program must
print what it prints under gc, with no AddressSanitizer report and no
leak (tests/fuzz/drop_diff.sh)."""
import random, sys
R = random.Random(int(sys.argv[1]))
V = ["a", "b", "c"]
def v(): return R.choice(V)
def k(): return str(R.randint(0, 9))
stmts = [
  lambda: f"{v()} = mk({k()})",
  lambda: f"{v()} = {v()}",
  lambda: (lambda x: f"if {x} != nil {{ {x}.next = {v()} }}")(v()),
  lambda: (lambda x: f"if {x} != nil {{ {x}.kids = append({x}.kids, {v()}) }}")(v()),
  lambda: f"s = append(s, {v()})",
  lambda: f"if len(s) > 0 {{ {v()} = s[len(s)-1] }}",
  lambda: "if len(s) > 1 { s = s[1:] }",
  lambda: "if len(s) > 2 { s = s[:2] }",
  lambda: f"g = {v()}",
  lambda: f"gs = append(gs, {v()})",
  lambda: (lambda x: f"if {x} != nil && {x}.next != nil {{ {x} = {x}.next }}")(v()),
  lambda: "str = str + \"x\"",
  lambda: (lambda x: f"if {x} != nil {{ {x}.name = {x}.name + str[:len(str)%3] }}")(v()),
  lambda: f"{v()} = nil",
  lambda: f"{v()} = id({v()})",
  lambda: f"{v()} = pick({v()}, {v()}, {k()})",
  lambda: (lambda x, y: f"{{ f := func() *N {{ return {x} }}; {y} = f() }}")(v(), v()),
  lambda: (lambda x, y: f"{{ f := func(n *N) {{ {x} = n }}; f({y}) }}")(v(), v()),
  lambda: f"sum += check({v()})",
  lambda: "if len(s) > 0 { n := copy(s2, s); sum += n }",
  lambda: "s2 = make([]*N, 2)",
  lambda: f"pv.l = {v()}",
  lambda: f"pw = pv",
  lambda: f"{v()} = pw.l",
  lambda: f"arr[{k()}%3] = {v()}",
  lambda: f"{v()} = arr[{k()}%3]",
  lambda: f"hold = append(hold, Pair{{l: {v()}}})",
  lambda: "if len(hold) > 0 { pv = hold[0] }",
  lambda: (lambda x: f"if {x} != nil {{ p := &{x}.v; *p += 1 }}")(v()),
  lambda: f"{{ t := {v()}; if t != nil {{ sum += t.v }} }}",
  lambda: f"gs = gs[:len(gs)/2]",
  lambda: f"{v()} = mkp(&N{{v: {k()}, next: {v()}, name: str}})" if EDGES else f"{v()} = mkp(&N{{v: {k()}, name: str}})",
  lambda: f"if len(s) > 0 {{ s[0] = {v()} }}",
  lambda: (lambda x: f"if {x} != nil {{ ps = append(ps, &{x}.v) }}")(v()),
  lambda: "if len(ps) > 0 { sum += *ps[len(ps)-1]; ps = ps[1:] }",
  lambda: "{ sub := s[len(s)/2:]; s = sub }",
  lambda: "strs = append(strs, str[len(str)/2:])",
  lambda: "if len(strs) > 0 { str = strs[0] + \"y\"; strs = strs[1:] }",
  lambda: f"if len(hold) > 0 {{ hold[0].l = {v()} }}",
  lambda: f"{{ var loc [2]Pair; loc[0].l = {v()}; pv = loc[0] }}",
  # non-constant makes (heap for their size): in a loop the gc runtime
  # reuses those that die with the iteration, so keeping one must not
  lambda: "{ w := make([]int, len(s) + 1); w[0] = sum % 5; sum += w[0] + len(w) }",
  lambda: f"{{ w := make([]*N, len(s) + 1); w[len(w)-1] = {v()}; {v()} = w[0]; sum += len(w) }}",
  lambda: "{ w := make([]int, len(s) + 2); w[1] = sum % 7 + 1; ws = w }",
  lambda: "if len(ws) > 1 { sum += ws[1] + len(ws); ws[1] = 0 }",
  lambda: "{ w := make([]int, len(str) + 1); w[0] = len(str); gws = append(gws, w) }",
  lambda: "if len(gws) > 0 { sum += gws[len(gws)-1][0] + len(gws) }",
  lambda: "{ w := make([]byte, len(str) + 1); w[0] = 65; str = string(w[:1]) + str[len(str)/2:] }",
]
SEED = int(sys.argv[1])
EDGES = SEED % 2 == 1      # odd seeds: edges (cycles possible), nodes registered
if not EDGES:
    stmts = [t for t in stmts if ".next = " not in t() and ".kids = append" not in t()]
def block(n, depth):
    out = []
    for _ in range(n):
        r = R.random()
        if r < 0.08 and depth < 2:
            out.append(f"for i := 0; i < {R.randint(1,3)}; i++ {{")
            out += ["    " + l for l in block(R.randint(1, 4), depth + 1)]
            out.append("}")
        elif r < 0.14 and depth < 2:
            out.append(f"if sum % 2 == {R.randint(0,1)} {{")
            out += ["    " + l for l in block(R.randint(1, 3), depth + 1)]
            out.append("}")
        else:
            out.append(R.choice(stmts)())
    return out
print("""// generated
const REGISTER = """ + ("true" if EDGES else "false") + """
type N struct {
    v    int
    next *N
    kids []*N
    name string
    seen bool
}

type Pair struct {
    l *N
}

var g *N
var gs []*N
var all []*N
var gws [][]int

var reg []*N

func mk(v int) *N {
    n := &N{v: v, name: "n"}
    if REGISTER {
        reg = append(reg, n)
    }
    return n
}
func id(n *N) *N { return n }
func mkp(n *N) *N {
    if REGISTER {
        reg = append(reg, n)
    }
    return n
}
func pick(x, y *N, k int) *N {
    if k % 2 == 0 {
        return x
    }
    return y
}
func check(n *N) int {
    t := 0
    for i := 0; i < 4 && n != nil; i++ {
        t += n.v + len(n.kids) + len(n.name)
        n = n.next
    }
    return t
}
func visit(n *N) {
    if n == nil || n.seen {
        return
    }
    n.seen = true
    all = append(all, n)
    visit(n.next)
    for _, k := range n.kids {
        visit(k)
    }
}

func main() {
    var a, b, c *N
    var s, s2 []*N
    var arr [3]*N
    var pv, pw Pair
    var hold []Pair
    var ps []*int
    var strs []string
    var ws []int
    str := "s"
    sum := 0""")
for l in block(R.randint(10, 40), 0):
    print("    " + l)
print("""    println(sum, check(a), check(b), check(c), len(s), len(gs), len(str), check(pw.l), len(hold), len(ps), len(strs), str, len(ws), len(gws))
    visit(a)
    visit(b)
    visit(c)
    visit(g)
    visit(pv.l)
    visit(pw.l)
    for _, n := range s {
        visit(n)
    }
    for _, n := range s2 {
        visit(n)
    }
    for _, n := range gs {
        visit(n)
    }
    for _, n := range arr {
        visit(n)
    }
    for _, h := range hold {
        visit(h.l)
    }
    for _, n := range all {
        n.next = nil
        n.kids = nil
    }
    for _, n := range reg {
        n.next = nil
        n.kids = nil
    }
    all = nil
    reg = nil
}""")
