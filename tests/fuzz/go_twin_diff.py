#!/usr/bin/env python3
"""go_twin_diff.py: compare ml0c's escape decisions with go1.19's.

    go_twin_diff.py ML0C [--m2] [--run | --run-both] [--no-m] [--skip-invalid] FILE.ml0...

Each FILE is an ML0 program whose Go twin is the same text with
`package main ` put in front of its first line (the convention of
tests/escape/). For each file this builds the twin with
`go build -gcflags='-m -l'` (with --m2: `-m=2 -l`) and runs
`ml0c check -m` (`-m=2`), turns both outputs into `LINE:COL: message`
lines (the file name dropped; on line 1 Go's columns are shifted back by
the length of the prefix) and compares them byte for byte, in the order
each compiler printed them. With --run it also compares the program's
output with `go run` (Go's println writes to standard error, ml0c's to
standard output; bytes that are not UTF-8 compare as backslash escapes);
--run-both compares it under both runtimes, `ml0c run` and `ml0c run
--runtime=drop`; --no-m compares only that output (ml0c check must
still accept the program). Prints a unified diff per differing file and exits 1
if any differ, 0 if all agree; exits 77 when no `go` is found. With
--skip-invalid a file whose twin go rejects (not valid Go: a method on a
type ML0 accepts and Go does not, an ML0-only builtin, ...) is listed as
skipped and counted neither way.

Building a twin costs go about 1.3 s, so what go prints is cached: one
file per (go version, command, flags, twin text), named by the SHA-256 of
those, in $ML0_GO_CACHE (default ~/.cache/ml0c/go-twins). The twin's
text is the whole key, so a changed generator or test misses the cache;
`ML0_GO_CACHE=off` turns it off. A run (`go run`, `ml0c run`) may take
$ML0_RUN_TIMEOUT seconds (default 300); one that takes longer is a
difference ("timed out"), not a crash of the comparison.
"""
import difflib
import hashlib
import json
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


_GO_VERSION = []


def go_version():
    """`go version`, asked once per run (part of every cache key)."""
    if not _GO_VERSION:
        r = subprocess.run(["go", "version"], capture_output=True, text=True)
        _GO_VERSION.append(r.stdout.strip())
    return _GO_VERSION[0]


def cache_dir():
    d = os.environ.get("ML0_GO_CACHE", "")
    if d == "off":
        return None
    if not d:
        d = os.path.join(os.path.expanduser("~"), ".cache", "ml0c", "go-twins")
    try:
        os.makedirs(d, exist_ok=True)
    except OSError:
        return None
    return d


def go_cached(workdir, src, argv, timeout=None):
    """(returncode, stdout, stderr) of `go ARGV...` run on the twin of src,
    from the cache when this go has run this command on this text before."""
    d = cache_dir()
    key = None
    if d:
        h = hashlib.sha256()
        for part in (go_version(), "\0".join(argv), PREFIX + src):
            h.update(part.encode())
            h.update(b"\1")
        key = os.path.join(d, h.hexdigest() + ".json")
        try:
            with open(key) as f:
                c = json.load(f)
            return c["rc"], c["out"], c["err"]
        except (OSError, ValueError, KeyError):
            pass
    with open(os.path.join(workdir, "main.go"), "w") as f:
        f.write(PREFIX + src)
    r = subprocess.run(["go"] + argv, cwd=workdir, capture_output=True, text=True,
                       errors="backslashreplace", timeout=timeout,
                       env=dict(os.environ, GOFLAGS="-mod=mod", GO111MODULE="on"))
    if key:
        tmp = key + ".%d.tmp" % os.getpid()
        with open(tmp, "w") as f:
            json.dump({"rc": r.returncode, "out": r.stdout, "err": r.stderr}, f)
        os.replace(tmp, key)    # atomic: parallel runs never read half a file
    return r.returncode, r.stdout, r.stderr


def go_lines(workdir, src, flags):
    rc, _, err = go_cached(workdir, src, ["build", "-gcflags=" + flags, "-o", os.devnull, "."])
    lines = []
    for line, col, msg in normalize(err):
        if line == 1:
            col -= len(PREFIX)
        lines.append("%d:%d: %s" % (line, col, msg.replace("./main.go:", "FILE:")))
    return rc, lines


def ml0_lines(ml0c, path, level):
    r = subprocess.run([ml0c, "check", "-m" if level == 1 else "-m=2", path],
                       capture_output=True, text=True)
    name = re.escape(path)
    lines = []
    for line, col, msg in normalize(r.stderr + r.stdout):
        lines.append("%d:%d: %s" % (line, col, re.sub(name + ":", "FILE:", msg)))
    return r.returncode, lines


# Seconds a `go run` or `ml0c run` (compile, link and run) may take. On
# the shared machine at load 30 a build alone takes 15-30 s, so 60 s
# failed runs that were only slow; a program that hangs still differs.
RUN_TIMEOUT = int(os.environ.get("ML0_RUN_TIMEOUT", "300"))


def run_outputs(ml0c, workdir, path, src, runtime):
    try:
        _, gout, gerr = go_cached(workdir, src, ["run", "."], timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "go run: timed out after %d s" % RUN_TIMEOUT, ""
    rt = ["--runtime=" + runtime] if runtime != "gc" else []
    try:
        m = subprocess.run([ml0c, "run"] + rt + [path], capture_output=True, text=True,
                           errors="backslashreplace", timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return gerr + gout, "ml0c run: timed out after %d s" % RUN_TIMEOUT
    return gerr + gout, m.stdout + m.stderr


SKIPPED = "skipped"


def compare(ml0c, path, level, run, workdir, skip_invalid=False, check_m=True):
    src = open(path).read()
    grc, glines = go_lines(workdir, src, "-m -l" if level == 1 else "-m=2 -l")
    if grc != 0 and skip_invalid:
        return SKIPPED
    if grc != 0 and not glines:
        return "go rejects the twin"
    mrc, mlines = ml0_lines(ml0c, path, level)
    if grc != 0 and mrc != 0:
        return None     # both reject it (a test of error handling)
    if mrc != 0:
        return "ml0c check failed:\n" + "\n".join(mlines)
    if check_m and glines != mlines:
        d = difflib.unified_diff(glines, mlines, "go1.19", "ml0c", lineterm="", n=1)
        return "\n".join(d)
    for runtime in run:
        go_out, ml_out = run_outputs(ml0c, workdir, path, src, runtime)
        if go_out != ml_out:
            d = difflib.unified_diff(go_out.splitlines(), ml_out.splitlines(),
                                     "go run", "ml0c run (%s)" % runtime, lineterm="", n=1)
            return "output differs (%s):\n" % runtime + "\n".join(d)
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    level = 2 if "--m2" in argv else 1
    run = ["gc", "drop"] if "--run-both" in argv else ["gc"] if "--run" in argv else []
    quiet = "--quiet" in argv
    skip_invalid = "--skip-invalid" in argv
    check_m = "--no-m" not in argv
    if len(args) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    if not shutil.which("go"):
        print("go_twin_diff: no `go` on PATH, skipped")
        return 77
    ml0c, files = os.path.abspath(args[0]), args[1:]
    bad = 0
    skipped = []
    with tempfile.TemporaryDirectory() as workdir:
        with open(os.path.join(workdir, "go.mod"), "w") as f:
            f.write("module twin\n\ngo 1.19\n")
        for path in files:
            why = compare(ml0c, path, level, run, workdir, skip_invalid, check_m)
            if why == SKIPPED:
                skipped.append(path)
            elif why:
                bad += 1
                print("== %s differs (-m%s):\n%s" % (path, "=2" if level == 2 else "", why))
            elif not quiet:
                print("== %s agrees" % path)
    for path in skipped:
        print("== %s skipped: go rejects its twin" % path)
    total = len(files) - len(skipped)
    print("go_twin_diff: %d of %d agree%s" % (total - bad, total,
          ", %d skipped (not valid Go)" % len(skipped) if skipped else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
