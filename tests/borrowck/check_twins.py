#!/usr/bin/env python3
"""check_twins.py: every borrowck test with a Rust twin agrees with rustc.

A test tests/borrowck/NAME.ml0 may have NAME.rs beside it: the same
program in Rust, line for line (each error on the same line in both).
rustc (the reference) compiles the twin; its errors, as (code, line) of
each primary span, must be exactly the codes and lines the .ml0 file's
`// ERROR "E0xxx..."` annotations expect. So each expectation is checked
against rustc, not against what ml0c prints (ml0test checks ml0c against
the expectations).

usage: check_twins.py DIR...    exit 0 all agree, 1 some differ, 77 no rustc
"""
import os, re, shutil, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
from rustc_errors import rustc_errors  # noqa: E402


def expected_errors(ml0):
    errs = set()
    for n, line in enumerate(open(ml0, encoding="utf-8", errors="replace"), 1):
        m = re.search(r'//\s*ERROR\s+(.*)$', line)
        if not m:
            continue
        for rx in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)):
            c = re.search(r'E0\d\d\d', rx)
            errs.add((c.group(0) if c else "?", n))
    return errs


def main():
    if not shutil.which("rustc"):
        print("SKIP: rustc not found")
        return 77
    bad = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for d in [a for a in sys.argv[1:] if os.path.isdir(a)]:
            for name in sorted(os.listdir(d)):
                if not name.endswith(".rs"):
                    continue
                rs = os.path.join(d, name)
                ml0 = rs[:-3] + ".ml0"
                if not os.path.exists(ml0):
                    print(f"{rs}: no .ml0 beside it")
                    bad += 1
                    continue
                checked += 1
                got, want = rustc_errors(rs, tmp), expected_errors(ml0)
                if got != want:
                    bad += 1
                    print(f"{ml0}: rustc says {sorted(got)}, the test expects {sorted(want)}")
    print(f"{checked} twins checked, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
