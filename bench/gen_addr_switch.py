#!/usr/bin/env python3
"""gen_addr_switch.py: one large main for per-function scaling.

The shape that made --runtime=drop builds slow (session 14,
tests/run/go_fmt_sscan.go as one main): N variables of several kinds
declared in main, passed by address (&x, so each lives in a counted heap
cell with a drop flag) to calls inside a switch inside a for loop, and
printed after it. Every call can panic, so each is an invoke; the size of
main grows linearly with N, and so should every pass's time.

    python3 bench/gen_addr_switch.py 200 > /tmp/p.go
"""
import sys

KINDS = [("int", "0"), ("string", '""'), ("float64", "0"), ("bool", "false")]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    out = ["package main", "", 'import "fmt"', "", "func main() {"]
    for i in range(n):
        t, _ = KINDS[i % len(KINDS)]
        out.append(f"\tvar v{i} {t}")
    out.append('\tinputs := []string{"1 x 2.5 true", "7 yy 0.5 false", "bad"}')
    out.append("\tfor k, in := range inputs {")
    out.append("\t\tvar err error")
    per_case = 4
    ncases = (n + per_case - 1) // per_case
    out.append(f"\t\tswitch k % {ncases + 1} {{")
    for c in range(ncases):
        group = [f"&v{j}" for j in range(c * per_case, min(n, (c + 1) * per_case))]
        out.append(f"\t\tcase {c}:")
        out.append(f"\t\t\t_, err = fmt.Sscan(in, {', '.join(group)})")
    out.append("\t\tdefault:")
    out.append("\t\t\terr = nil")
    out.append("\t\t}")
    out.append("\t\tfmt.Println(k, err)")
    out.append("\t}")
    for c in range(0, n, 8):
        out.append(f"\tfmt.Println({', '.join(f'v{j}' for j in range(c, min(n, c + 8)))})")
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
