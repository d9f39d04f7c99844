#!/usr/bin/env python3
"""json_rustc_schema.py: the corpus half of cli/json_rustc_schema.sh, in one
Python run (a Python start per test file cost minutes under load).

usage: json_rustc_schema.py ML0C SRC

For every tests/{borrowck,sema,syntax}/*.ml0 under SRC, with the file's own
`// ARGS:` (the first such line):
  1. `ML0C check ARGS --diagnostics=json FILE`: every stderr line must parse
     as cargo's Diagnostic (json_schema.check_text);
  2. `ML0C check ARGS FILE`, the human form: it must report as many errors
     as the JSON has diagnostics of level "error", unless it stopped at ten
     (`: too many errors`, as Go's). An error line is one matching
     `(^|: )error(\\[E[0-9]+\\])?:` that is not "could not compile".
More than 100 files must be compared. The files go through a pool of one
thread per core (each waits on its ml0c runs), so the test keeps both cores
busy when it runs last. Prints one line per problem (every
file is checked, not only up to the first), then a summary; exits 1 if any.
"""
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from json_schema import check_text  # noqa: E402

DIRS = ("borrowck", "sema", "syntax")
JSON_ERROR = re.compile(r'^\{"\$message_type":"diagnostic","message":.*"level":"error"')
HUMAN_ERROR = re.compile(r"(^|: )error(\[E[0-9]+\])?:")


def args_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("// ARGS: "):
                return line[len("// ARGS: "):].split()
    return []


def stderr_of(cmd):
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, check=False)
    return r.stderr.decode("utf-8")   # not UTF-8: the test fails loudly


def check_file(ml0c, path):
    """Returns (whether the error counts were compared, problems)."""
    errs = []
    args = args_of(path)
    j = stderr_of([ml0c, "check", *args, "--diagnostics=json", path])
    h = stderr_of([ml0c, "check", *args, path])
    problems = []
    check_text(j, "json", problems)
    for p in problems:
        errs.append(f"{path}: {p}")
    lines = h.split("\n")
    if any(ln.endswith(": too many errors") for ln in lines):
        return False, errs
    je = sum(1 for ln in j.split("\n") if JSON_ERROR.search(ln))
    he = sum(1 for ln in lines if "could not compile" not in ln and HUMAN_ERROR.search(ln))
    if je != he:
        errs.append(f"{path}: {je} errors in JSON, {he} in the human form")
    return True, errs


def main():
    ml0c, src = sys.argv[1], sys.argv[2]
    files = []
    for d in DIRS:
        folder = os.path.join(src, "tests", d)
        files += sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".ml0"))
    errs, compared = [], 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for done, problems in pool.map(lambda f: check_file(ml0c, f), files):
            compared += done
            errs += problems
    if compared <= 100:
        errs.append(f"only {compared} test files compared")
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {compared} error counts compared, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
