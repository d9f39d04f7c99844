#!/usr/bin/env python3
"""go_annotate.py FILE.ml0...: rewrite a test's `// ERROR` lines from go1.19.

Builds the Go twin of each file (`package main ` + the file) with
`go build -gcflags='-m -l'` and puts Go's lines, as escaped regexps, in
a `// ERROR` comment at the end of each source line (replacing any there
before), in the order Go printed them. Expectations follow Go, never
ml0c: run this, then make ml0c agree.
"""
import os
import re
import subprocess
import sys
import tempfile

PREFIX = "package main "


def go_messages(src):
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "go.mod"), "w").write("module twin\n\ngo 1.19\n")
        open(os.path.join(d, "main.go"), "w").write(PREFIX + src)
        r = subprocess.run(["go", "build", "-gcflags=-m -l", "-o", os.devnull, "."],
                           cwd=d, capture_output=True, text=True)
    msgs = {}
    for line in r.stderr.splitlines():
        m = re.match(r"^\./main\.go:(\d+):\d+: (.*)$", line)
        if m:
            msgs.setdefault(int(m.group(1)), []).append(m.group(2))
    return msgs


def escape(msg):
    return re.sub(r'([\\.+*?()\[\]{}|^$"])', r"\\\1", msg)


def annotate(path):
    src = open(path).read()
    lines = re.sub(r"[ \t]*// ERROR .*$", "", src, flags=re.M).split("\n")
    clean = "\n".join(lines)
    for n, msgs in go_messages(clean).items():
        res = " ".join('"%s"' % escape(m) for m in msgs)
        lines[n - 1] = lines[n - 1].rstrip() + "  // ERROR " + res
    open(path, "w").write("\n".join(lines))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        annotate(p)
