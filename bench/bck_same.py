#!/usr/bin/env python3
"""bck_same.py: do two ml0c binaries decide the same on borrow checking?

    python3 bench/bck_same.py OLD_ML0C NEW_ML0C [--seeds FIRST LAST] [--no-tests]

A speed-up of the borrow checker must not change one decision. For every
program of tests/borrowck, tests/borrowck/rustc and tests/run (.ml0 and
.go), and the ML0 programs the Rust-twin generators hunt, clos and wide
write for seeds FIRST..LAST (default 1..300; no rustc needed: the two
binaries are compared with each other), this runs both binaries on
  check --borrowck                      stdout, stderr, exit status
  build --runtime=drop --emit=mir:drop  the MIR after drop elaboration
                                        (the drop pass's quiet check
                                        decides what it elaborates)
and reports every program where the bytes differ (JOBS=2 at a time).
Exit 0 when none do.
"""
import glob, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "fuzz"))


def run(ml0c, args, src):
    try:
        r = subprocess.run([ml0c] + args + [src], capture_output=True, timeout=120)
        return (r.returncode, r.stdout, r.stderr)
    except subprocess.TimeoutExpired:
        return ("timeout", b"", b"")


def outputs(ml0c, src, tmp):
    bck = run(ml0c, ["check", "--borrowck"], src)
    mir = run(ml0c, ["build", "--runtime=drop", "--emit=mir:drop", "-o", "-"], src)
    return bck, (mir[0], mir[1])


def main():
    args = sys.argv[1:]
    first, last = 1, 300
    if "--seeds" in args:
        i = args.index("--seeds")
        first, last = int(args[i + 1]), int(args[i + 2])
        del args[i:i + 3]
    tests = "--no-tests" not in args
    args = [a for a in args if a != "--no-tests"]
    if len(args) != 2:
        print(__doc__)
        return 2
    old, new = args
    progs = []
    if tests:
        for d in ("tests/borrowck", "tests/borrowck/rustc", "tests/run"):
            for ext in ("ml0", "go"):
                progs += sorted(glob.glob(os.path.join(ROOT, d, "*." + ext)))
    tmp = tempfile.mkdtemp(prefix="bck_same.")
    if last >= first:
        import importlib
        write = importlib.import_module("gen_rust_twins").write
        for gen in ("hunt", "clos", "wide"):
            g = importlib.import_module("gen_rust_twins_" + gen).GENERATOR
            d = os.path.join(tmp, gen)
            os.makedirs(d)
            for seed in range(first, last + 1):
                write(g, seed, d)
                progs.append(os.path.join(d, "t%d.ml0" % seed))
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        res = list(pool.map(lambda p: (outputs(old, p, tmp), outputs(new, p, tmp)), progs))
    differ = 0
    for p, (a, b) in zip(progs, res):
        if a != b:
            differ += 1
            what = "check --borrowck" if a[0] != b[0] else "mir:drop"
            print("DIFFER (%s): %s" % (what, os.path.relpath(p, ROOT) if p.startswith(ROOT) else p))
    print("%d programs, %d differ" % (len(progs), differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
