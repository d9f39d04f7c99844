#!/usr/bin/env python3
"""rust_diff.py: ml0c --borrowck against rustc on generated twins.

    rust_diff.py ML0C FIRST LAST [--keep DIR] [--strict] [--gen ifmap|shapes|wide|fmt|hunt|clos|meth]

For each seed, gen_rust_twins.py writes an ML0 program and its Rust twin;
`ml0c check --borrowck` judges the one, `rustc --edition 2021
--emit=metadata` the other, and their errors are compared as sets of
(code, line). A program rustc rejects and ml0c accepts is a *false
accept* (under --runtime=drop it would run unsound code): the run fails
on any. With --strict any difference fails it. Programs one of the
compilers rejects for a reason outside borrow checking (a type error in a
generated twin) are counted as invalid and skipped. Differing cases are
copied to DIR (default: kept in a temporary directory, listed).
rustc's answers are cached and, for the seeds not cached yet, computed 40
twins per rustc run (rustc_errors.prefill).
--gen NAME generates with gen_rust_twins_NAME.py: ifmap (interfaces and
maps), shapes (closures, receivers, labelled loops), wide (both, plus
slices of Boxes, maps of slices, interfaces in structs), fmt (fmt,
strings and sort calls, deferred prints), hunt (closures passed on and kept,
Box receivers, references stored in slices, maps and fields, temporaries,
aliasing appends, loops breaking with a borrow, reassigned references),
clos (closures kept, copied, passed, stored, deferred or called in place
whose bodies read, write, store borrows into or move their captures;
two-phase calls, IndexMut, moves out of drop() structs), meth (methods
called on fields, Box contents, slice elements and reborrows; results
borrowing from self held across calls; NLL problem case #3 loops).
rustc reports E0525 (a FnOnce closure where an FnMut is needed) before
borrow checking main and does not borrow check it: then ml0c's errors
in main other than E0525 are left out of the comparison (such agreeing
seeds are counted in "agree" and as "E0525 only").
Exit: 0 ok, 1 failures, 77 no rustc.
"""
import importlib, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rustc_errors import prefill, rustc_errors  # noqa: E402
# what rustc's borrow checker (and ml0c --borrowck) report
BORROW_CODES = {"E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0508",
                "E0509", "E0515", "E0597", "E0716", "E0594", "E0596", "E0373", "E0106", "E0384",
                "E0381", "E0521", "E0713", "E0712", "E0500", "E0501", "E0524", "?"}


def ml0c_errors(ml0c, src):
    out = subprocess.run([ml0c, "check", "--borrowck", src], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        return None, "ml0c exited %d:\n%s" % (out.returncode, out.stderr[-2000:])
    errs = set()
    lines = out.stderr.splitlines()
    for i, l in enumerate(lines):
        m = re.match(r'error\[(E\d{4})\]', l)
        if m:
            for nxt in lines[i + 1:i + 3]:
                a = re.search(r'--> .*:(\d+):\d+', nxt)
                if a:
                    errs.add((m.group(1), int(a.group(1))))
                    break
            continue
        m = re.match(r'.*?:(\d+):\d+: error: (.*)', l)
        if m:
            errs.add(("?" if "lifetime" in m.group(2) or "cannot escape" in m.group(2) else "sema:" + m.group(2),
                      int(m.group(1))))
    return errs, None


def main_line(rs):
    """The line of `fn main() {` in a twin (every generator's closures are in main)."""
    with open(rs) as f:
        return next((i for i, l in enumerate(f, 1) if l.startswith("fn main()")), 0)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    strict = "--strict" in sys.argv
    keep = None
    if "--keep" in sys.argv:
        keep = sys.argv[sys.argv.index("--keep") + 1]
        args = [a for a in args if a != keep]
    gen = "gen_rust_twins.py"
    if "--gen" in sys.argv:
        gen = "gen_rust_twins_%s.py" % sys.argv[sys.argv.index("--gen") + 1]
        args = [a for a in args if a != sys.argv[sys.argv.index("--gen") + 1]]
    if len(args) != 3:
        print(__doc__)
        return 2
    ml0c, first, last = args[0], int(args[1]), int(args[2])
    if not shutil.which("rustc"):
        print("SKIP: rustc not found")
        return 77
    generator = importlib.import_module(gen[:-3]).GENERATOR
    write = importlib.import_module("gen_rust_twins").write
    tmp = tempfile.mkdtemp(prefix="rust_diff.")
    keep = keep or os.path.join(tmp, "differ")
    os.makedirs(keep, exist_ok=True)
    n = {"e0525": 0, "agree": 0, "false_accept": 0, "false_reject": 0, "differ": 0, "invalid": 0, "crash": 0}
    for seed in range(first, last + 1):
        write(generator, seed, tmp)     # in-process: no interpreter start per seed
    prefill([os.path.join(tmp, "t%d.rs" % seed) for seed in range(first, last + 1)], tmp)
    for seed in range(first, last + 1):
        ml0, rs = os.path.join(tmp, "t%d.ml0" % seed), os.path.join(tmp, "t%d.rs" % seed)
        want = rustc_errors(rs, tmp)
        got, crash = ml0c_errors(ml0c, ml0)
        kind = None
        if crash:
            kind = "crash"
            print("seed %d: %s" % (seed, crash))
        elif any(c == "E0525" for c, _ in want) and all(c in BORROW_CODES or c == "E0525" for c, _ in want) \
                and not any(c.startswith("sema:") for c, _ in got):
            # rustc did not borrow check main: compare main's E0525s only
            main = main_line(rs)
            got = {e for e in got if e[1] < main or e[0] == "E0525"}
            kind = "agree" if got == want else "false_accept" if want - got else "false_reject"
            n["e0525"] += kind == "agree"
        elif any(c not in BORROW_CODES for c, _ in want) or any(c.startswith("sema:") for c, _ in got):
            kind = "invalid"
        elif got == want:
            kind = "agree"
        elif want and not got:
            kind = "false_accept"
        elif got and not want:
            kind = "false_reject"
        else:
            kind = "differ"
        n[kind] += 1
        if kind not in ("agree", "invalid"):
            shutil.copy(ml0, keep)
            shutil.copy(rs, keep)
            if kind != "crash":
                print("seed %d: %s: rustc %s, ml0c %s" % (seed, kind, sorted(want), sorted(got)))
        if kind == "invalid" and os.environ.get("RUST_DIFF_SHOW_INVALID"):
            print("seed %d: invalid: rustc %s, ml0c %s" % (seed, sorted(want), sorted(got)))
    total = last - first + 1
    valid = total - n["invalid"]
    print("rust_diff: %d seeds, %d valid: %d agree (%.1f%%; %d E0525 only), %d false accepts, %d false rejects, "
          "%d differ in code or line, %d crashes; differing cases in %s"
          % (total, valid, n["agree"], 100.0 * n["agree"] / max(valid, 1), n["e0525"], n["false_accept"],
             n["false_reject"], n["differ"], n["crash"], keep))
    bad = n["false_accept"] + n["crash"] + (n["false_reject"] + n["differ"] if strict else 0)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
