#!/usr/bin/env python3
"""go_twin_diff.py: compare ml0c's escape decisions with go1.19's.

    go_twin_diff.py ML0C [--m2] [--run] FILE.ml0...

Each FILE is an ML0 program whose Go twin is the same text with
`package main ` put in front of its first line (the convention of
tests/escape/). For each file this builds the twin with
`go build -gcflags='-m -l'` (with --m2: `-m=2 -l`) and runs
`ml0c check -m` (`-m=2`), turns both outputs into `LINE:COL: message`
lines (the file name dropped; on line 1 Go's columns are shifted back by
the length of the prefix) and compares them byte for byte, in the order
each compiler printed them. With --run it also compares the program's
output with `go run` (Go's println writes to standard error, ml0c's to
standard output). Prints a unified diff per differing file and exits 1
if any differ, 0 if all agree; exits 77 when no `go` is found.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

PREFIX = "package main "
LINE = re.compile(r"^(?:\./)?[^:\s]+\.(?:go|ml0):(\d+):(\d+): (.*)$")


def normalize(text):
    out = []
    for raw in text.splitlines():
        m = LINE.match(raw)
        if not m:
            continue    # "# x" headers, compiler banners
        line, col, msg = int(m.group(1)), int(m.group(2)), m.group(3)
        out.append((line, col, msg))
    return out


def go_lines(workdir, src, flags):
    with open(os.path.join(workdir, "main.go"), "w") as f:
        f.write(PREFIX + src)
    r = subprocess.run(["go", "build", "-gcflags=" + flags, "-o", os.devnull, "."],
                       cwd=workdir, capture_output=True, text=True,
                       env=dict(os.environ, GOFLAGS="-mod=mod", GO111MODULE="on"))
    lines = []
    for line, col, msg in normalize(r.stderr):
        if line == 1:
            col -= len(PREFIX)
        lines.append("%d:%d: %s" % (line, col, msg.replace("./main.go:", "FILE:")))
    return r.returncode, lines


def ml0_lines(ml0c, path, level):
    r = subprocess.run([ml0c, "check", "-m" if level == 1 else "-m=2", path],
                       capture_output=True, text=True)
    name = re.escape(path)
    lines = []
    for line, col, msg in normalize(r.stderr + r.stdout):
        lines.append("%d:%d: %s" % (line, col, re.sub(name + ":", "FILE:", msg)))
    return r.returncode, lines


def run_outputs(ml0c, workdir, path):
    g = subprocess.run(["go", "run", "."], cwd=workdir, capture_output=True, text=True,
                       timeout=60)
    m = subprocess.run([ml0c, "run", path], capture_output=True, text=True, timeout=60)
    return g.stderr + g.stdout, m.stdout + m.stderr


def compare(ml0c, path, level, run, workdir):
    src = open(path).read()
    grc, glines = go_lines(workdir, src, "-m -l" if level == 1 else "-m=2 -l")
    if grc != 0 and not glines:
        return "go rejects the twin"
    mrc, mlines = ml0_lines(ml0c, path, level)
    if grc != 0 and mrc != 0:
        return None     # both reject it (a test of error handling)
    if mrc != 0:
        return "ml0c check failed:\n" + "\n".join(mlines)
    if glines != mlines:
        d = difflib.unified_diff(glines, mlines, "go1.19", "ml0c", lineterm="", n=1)
        return "\n".join(d)
    if run:
        go_out, ml_out = run_outputs(ml0c, workdir, path)
        if go_out != ml_out:
            d = difflib.unified_diff(go_out.splitlines(), ml_out.splitlines(),
                                     "go run", "ml0c run", lineterm="", n=1)
            return "output differs:\n" + "\n".join(d)
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    level = 2 if "--m2" in argv else 1
    run = "--run" in argv
    quiet = "--quiet" in argv
    if len(args) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    if not shutil.which("go"):
        print("go_twin_diff: no `go` on PATH, skipped")
        return 77
    ml0c, files = os.path.abspath(args[0]), args[1:]
    bad = 0
    with tempfile.TemporaryDirectory() as workdir:
        with open(os.path.join(workdir, "go.mod"), "w") as f:
            f.write("module twin\n\ngo 1.19\n")
        for path in files:
            why = compare(ml0c, path, level, run, workdir)
            if why:
                bad += 1
                print("== %s differs (-m%s):\n%s" % (path, "=2" if level == 2 else "", why))
            elif not quiet:
                print("== %s agrees" % path)
    print("go_twin_diff: %d of %d agree" % (len(files) - bad, len(files)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
