#!/usr/bin/env python3
"""gen_borrows.py: one large ML0 main full of borrows, for --borrowck scaling.

Two shapes the borrow checker must handle in time linear in the number
of borrows (bench/pass_scaling.sh times them):

  straight  N borrows in one long straight main, no call between them
            (one MIR block of about 10 N statements): `p := &mut v.a` used
            at once, and every eighth borrow (`r := &v.b`) kept to the end
            of main, so some loans are in scope over most of the body.
  loop      the same statements as the body of one `for` loop: every
            loan also reaches the loop head through the back edge.

Each program is accepted by `check --borrowck` (the borrows do not
overlap a write) and runs.

    python3 bench/gen_borrows.py straight 800 > /tmp/s.ml0
"""
import sys


def body(n, ind):
    out = []
    for i in range(n):
        out.append(f"{ind}p{i} := &mut v{i}.a")
        out.append(f"{ind}*p{i} += {i % 7 + 1}")
        out.append(f"{ind}s += *p{i} + v{i}.b")
        if i % 8 == 0:
            out.append(f"{ind}r{i} := &v{i}.b")
            out.append(f"{ind}s += *r{i}")
    for i in range(0, n, 8):
        out.append(f"{ind}s += *r{i}")
    return out


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "straight"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    out = ["type S struct {", "\ta, b int", "}", "", "func main() {", "\ts := 0"]
    for i in range(n):
        out.append(f"\tvar v{i} S")
    if mode == "straight":
        out += body(n, "\t")
    elif mode == "loop":
        out.append("\tfor k := 0; k < 3; k++ {")
        out.append("\t\ts += k")
        out += body(n, "\t\t")
        out.append("\t}")
    else:
        sys.exit("gen_borrows.py: mode is straight or loop")
    out.append("\tprintln(s)")
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
