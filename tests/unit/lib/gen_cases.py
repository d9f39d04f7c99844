#!/usr/bin/env python3
"""gen_cases.py writes cases.txt, the inputs of tests/unit/lib_test.c and
golden.go (run once; cases.txt is committed). Hand-written cases are in
cases_hand.txt, appended as they are."""
import itertools, os

here = os.path.dirname(os.path.abspath(__file__))
out = []
def f(fmt, *args): out.append("\t".join(["f", fmt] + list(args)))
def c(fn, *args): out.append("\t".join(["c", fn] + list(args)))

floats = ["0", "-0", "1", "-1", "0.1", "0.30000000000000004", "1e21", "1e20", "100000", "1e6",
          "123456789", "1.5", "2.5", "-2.5", "0.000123", "1e-5", "3.141592653589793", "NaN", "+Inf",
          "-Inf", "5e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "123.456", "0.5",
          "1e100", "9.999999999999999e22", "1e23", "33.333333333333336", "0.0001", "1e-7",
          "bits4330000000000000", "bits3ff0000000000001", "bits0010000000000000", "1234.5678",
          "999999.9999", "0.015625", "2.675", "1.005", "-123456.789"]
verbs = ["%v", "%g", "%e", "%E", "%f", "%.2f", "%.0f", "%.3e", "%.10g", "%.3g", "%8.2f", "%-10.3f|",
         "%+v", "%+.2e", "% f", "%010.3f", "%#g", "%#.3v", "%G", "%.0e", "%b", "%#.0f", "%5.1v", "%.1f"]
for v in floats:
    for vb in verbs:
        f(vb, "float64:" + v)
for v in floats[:25]:
    for vb in ["%v", "%g", "%.3f", "%e"]:
        f(vb, "float32:" + v)
for v in ["16777216", "0.1", "1e-45", "3.4028235e38", "1.1", "123456.79", "1e10"]:
    f("%v", "float32:" + v)

ints = ["0", "1", "-1", "42", "-42", "255", "65535", "9223372036854775807", "-9223372036854775808",
        "1000000"]
iverbs = ["%d", "%v", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O",
          "%b", "%#b", "%.3d", "%8.3d", "%08.3d", "%c", "%q", "%U", "%#U", "%+q", "%x|%X", "%-08d|",
          "%s", "%t", "%e", "%p"]
for v in ints:
    for vb in iverbs:
        args = ["int:" + v] * vb.count("%")
        f(vb, *args)
for t, v in [("int8", "-128"), ("int8", "127"), ("int16", "-300"), ("int32", "65"), ("int64", "-7"),
             ("uint", "18446744073709551615"), ("uint8", "200"), ("uint16", "65535"), ("uint32", "4294967295"),
             ("uint64", "18446744073709551615"), ("uintptr", "4096"), ("int32", "0x1F600"),
             ("int32", "0x110000"), ("int32", "-1"), ("int32", "0xD800"), ("int32", "10"), ("int32", "39")]:
    for vb in ["%v", "%d", "%x", "%c", "%q", "%U", "%#v", "%08b", "%T"]:
        f(vb, t + ":" + v)

strs = ["hello", "", "héllo, 世界", "tab\\there", "quote\"back\\\\slash", "\\x00\\x7f\\xff", "\\u00e9\\u0301",
        "new\\nline", "`back`", "\\ufeff", "\\u2028", "a\\xc0b", "\\U0001F600"]
sverbs = ["%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#X", "%10s|", "%-10s|", "%.2s",
          "%5.1q", "%010s", "%d", "%T", "%#v", "%c"]
for v in strs:
    for vb in sverbs:
        f(vb, "string:" + v)

for v in ["true", "false"]:
    for vb in ["%v", "%t", "%5t|", "%-6v|", "%d", "%q", "%#v", "%T"]:
        f(vb, "bool:" + v)

composites = ["[]int:1,2,3", "[]int:", "[]int(nil):", "[3]int:4,5,6", "[]string:a,b c,", "[]byte:104,105,255",
              "[]byte:", "[]float64:0.1,1e21,NaN", "[]any:", "P:1,2", "*P:3,4", "*P(nil):", "*[]int:1,2",
              "Celsius:21.5", "MyErr:42", "PS:5", "*PS:6", "*PS(nil):", "W:", "Box:int:3", "Box:",
              "Box:string:s", "Box:Celsius:-4", "Box:*P(nil):", "Node:9", "Outer:", "[]P:", "[]*P(nil):",
              "[][]int:", "[]MyErr:", "[]error:", "nil:"]
cverbs = ["%v", "%+v", "%#v", "%d", "%s", "%x", "%q", "%T", "%5v", "%-4v|", "%X", "%.1f", "%t"]
for v in composites:
    for vb in cverbs:
        f(vb, v)

# Sweeps from a fixed seed: random doubles by their bits (every exponent
# range), float32s, the Go-algorithm math functions, and sort.Slice on
# shapes that reach each pdqsort path (ninther, reversal, partial
# insertion sort, breakPatterns, equal-key partitions).
import random, struct
rnd = random.Random(13)
def rbits():
    while True:
        b = rnd.getrandbits(64)
        e = (b >> 52) & 0x7FF
        if e != 0x7FF:
            return "bits%016x" % b
for _ in range(400):
    v = "float64:" + rbits()
    f("%v %.3e %g %.10f", v, v, v, v)
for _ in range(40):
    x = rnd.uniform(-1e6, 1e6) * 10 ** rnd.randint(-30, 30)
    f("%v %e %.4g", "float32:%r" % x, "float32:%r" % x, "float32:%r" % x)
for _ in range(60):
    c("Exp", repr(rnd.uniform(-745, 709)))
    c("Exp", repr(rnd.uniform(-3, 3)))
    c("Log", repr(rnd.uniform(0, 10) * 10 ** rnd.randint(-300, 300)))
    c("Pow", repr(rnd.uniform(0.01, 20)), repr(rnd.uniform(-20, 20)))
    c("Pow", repr(rnd.uniform(-10, 10)), str(rnd.randint(-30, 30)))
    c("Sin", repr(rnd.uniform(-100, 100)))
    c("Cos", repr(rnd.uniform(-1e6, 1e6)))
    c("Cbrt", repr(rnd.uniform(-1e10, 1e10)))
    c("Sqrt", repr(rnd.uniform(0, 1e10)))
    c("Tan", repr(rnd.uniform(-100, 100)))
    big = repr(rnd.uniform(1, 10) * 10 ** rnd.randint(9, 300))   # Payne-Hanek
    c(rnd.choice(["Sin", "Cos", "Tan"]), big)
    c("Atan", repr(rnd.uniform(-5, 5) * 10 ** rnd.randint(-5, 5)))
    c("Atan2", repr(rnd.uniform(-10, 10)), repr(rnd.uniform(-10, 10)))
    c("Hypot", repr(rnd.uniform(-1e3, 1e3)), repr(rnd.uniform(-1e3, 1e3)))
    c("Log2", repr(rnd.uniform(0, 10) * 10 ** rnd.randint(-300, 300)))
    c("Log10", repr(rnd.uniform(0, 10) * 10 ** rnd.randint(-300, 300)))
def kvs(keys):
    return ",".join("%d:%s" % (k, chr(97 + i % 26) + str(i)) for i, k in enumerate(keys))
for n in [13, 20, 49, 50, 51, 64, 100, 200, 500, 1000]:
    for kr in [2, 5, n]:
        c("SortSlice", kvs([rnd.randrange(kr) for _ in range(n)]))
for n in [60, 150, 400]:
    c("SortSlice", kvs([n - i // 3 for i in range(n)]))                  # descending runs
    c("SortSlice", kvs([i // 4 for i in range(n)]))                      # ascending with ties
    up = [i for i in range(n)]
    up[n // 3], up[2 * n // 3] = up[2 * n // 3], up[n // 3]
    c("SortSlice", kvs(up))                                               # nearly sorted
    c("SortSlice", kvs([(i * 7919) % 13 for i in range(n)]))              # patterns
    c("SortSlice", kvs([0 if i % 2 else i for i in range(n)]))
    c("SortSliceStable", kvs([rnd.randrange(7) for _ in range(n)]))
    for name in ["Sort", "Stable", "SortReverse"]:
        c(name, kvs([rnd.randrange(5) for _ in range(n)]))
c("SortInts", ",".join(str(rnd.randrange(-1000, 1000)) for _ in range(300)))

# Random Printf formats (flags, widths, *, precisions, verbs) over mixed
# operands, as a differential fuzz against Go found the unpadded nils.
fz_args = ["int:0", "int:-7", "int:123456", "uint8:200", "uint64:18446744073709551615", "int32:0x1F600",
           "float64:-0", "float64:3.14159", "float64:1e21", "float64:NaN", "float64:-Inf", "float32:0.1",
           "string:", "string:héllo\\n", "string:\\xff\\x00a", "bool:true", "nil:", "[]int:1,2",
           "[]byte:0,255,65", "[]string:a,b", "P:1,-2", "*P:3,4", "*P(nil):", "MyErr:5", "Celsius:-3.25",
           "*PS:2", "Box:int:1", "[]any:", "Outer:", "[3]int:1,2,3"]
for _ in range(400):
    fmt = ""
    for k in range(rnd.randint(1, 3)):
        fmt += rnd.choice(["", "x", " ", "|"]) + "%" + "".join(rnd.sample("+- #0", rnd.randint(0, 3)))
        r = rnd.random()
        fmt += str(rnd.randint(0, 12)) if r < 0.3 else "*" if r < 0.35 else ""
        if rnd.random() < 0.4:
            fmt += "." + (str(rnd.randint(0, 20)) if rnd.random() < 0.9 else "*")
        fmt += rnd.choice("vdsqxXobcUeEfFgGtT%z")
    f(fmt, *[rnd.choice(fz_args) if rnd.random() > 0.15 else "int:%d" % rnd.randint(-3, 25)
             for _ in range(rnd.randint(0, 4))])

# Random strings (invalid UTF-8, folding orbits, Unicode spaces) through
# the strings functions, and Go-syntax numbers through the parsers.
atoms = ["a", "b", " ", "\\t", "\\n", "é", "ß", "Σ", "σ", "ς", "\\xff", "\\xc3", "\\u00a0", "\\u2003",
         "K", "k", "\\u212a", "ǅ", ",", "ab", "İ", "ı", "ﬀ", "ᾈ"]
def rs(n=6):
    return "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, n)))
fns = [("Split", 2), ("Fields", 1), ("Replace", 4), ("Trim", 2), ("TrimLeft", 2), ("TrimRight", 2),
       ("TrimSpace", 1), ("ToUpper", 1), ("ToLower", 1), ("Title", 1), ("Index", 2), ("LastIndex", 2),
       ("Count", 2), ("ContainsAny", 2), ("IndexAny", 2), ("EqualFold", 2), ("SplitN", 3), ("Cut", 2),
       ("Quote", 1), ("QuoteToASCII", 1)]
for _ in range(300):
    name, n = rnd.choice(fns)
    a = [rs() for _ in range(n)]
    if name in ("Replace", "SplitN"):
        a[-1] = str(rnd.randint(-1, 4))
    c(name, *a)
def digs(hexd):
    d = "0123456789abcdefABCDEF" if hexd else "0123456789"
    return "".join(rnd.choice(d + ("_" if rnd.random() < 0.2 else "")) for _ in range(rnd.randint(0, 6)))
for _ in range(200):
    hexd = rnd.random() < 0.3
    s = rnd.choice(["", "", "+", "-"]) + (rnd.choice(["0x", "0X", "0x_"]) if hexd else rnd.choice(["", "", "0", "_"]))
    s += digs(hexd)
    if rnd.random() < 0.6:
        s += "." + digs(hexd)
    if rnd.random() < 0.6:
        s += rnd.choice(["p", "P"] if hexd else ["e", "E"]) + rnd.choice(["", "+", "-", "_"]) + digs(False)
    if rnd.random() < 0.1:
        s += rnd.choice(["999", "e400", "e-400", "e38", "e39", "p1024", "p-1075"])
    c("ParseFloat", s or "0", rnd.choice(["64", "32"]))
    c("ParseInt", s or "0", str(rnd.choice([0, 10, 16])), str(rnd.choice([0, 8, 32, 64])))

with open(os.path.join(here, "cases_hand.txt")) as h:
    out.append(h.read().rstrip("\n"))
with open(os.path.join(here, "cases.txt"), "w") as o:
    o.write("# generated by gen_cases.py (+ cases_hand.txt): mode<TAB>fields; see golden.go\n")
    o.write("\n".join(out) + "\n")
