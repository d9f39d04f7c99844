#!/usr/bin/env python3
"""translate.py ML0C ML0TEST NAME...: translate go1.19's test/NAME.go into
BASE.ml0 (NAME may name a file under a folder, `fixedbugs/issue12006`:
BASE is its last part).

The Go file's own `// ERROR` lines are kept; its first line becomes a
comment and `package p` a comment line, so every line keeps its number
(and the file is a Go program again once `package main ` is put in
front). Top-level declarations ML0 cannot express (ml0c check rejects
them: interfaces, maps, goroutines, multiple results, ...) are blanked
out one at a time, keeping line numbers; so are those whose expectations
ml0c does not meet yet, as run by the test harness. The functions left
out and why are written to NAME.left-out, for tests/escape/README.md.
"""
import os
import re
import subprocess
import sys

GOROOT_TEST = "/usr/lib/go-1.19/test"
HERE = os.path.dirname(os.path.abspath(__file__))


def posix_braces(line):
    """Go's tests are RE2 regexps, where `{}` and `{...}` are literal; the
    harness compiles POSIX EREs, where they are not: escape them."""
    i = line.find("// ERROR ")
    if i < 0:
        return line
    return line[:i] + re.sub(r"(?<!\\)([{}])", r"\\\1", line[i:])


def decls(lines):
    """(first, last) line indexes of each top-level declaration."""
    starts = [i for i, l in enumerate(lines)
              if re.match(r"^(func|type|var|const|import)\b", l)]
    out = []
    for k, s in enumerate(starts):
        end = (starts[k + 1] if k + 1 < len(starts) else len(lines)) - 1
        # back up over trailing comments/blank lines (they belong to the next)
        while end > s and not lines[end].strip().startswith("}") and \
                not re.match(r"^(func|type|var|const|import)\b", lines[end]) and \
                (lines[end].strip() == "" or lines[end].startswith("//")):
            end -= 1
        out.append((s, end))
    return out


def name_of(line):
    m = re.match(r"^func\s+(\([^)]*\)\s*)?(\w+)", line)
    if m:
        return m.group(2)
    m = re.match(r"^(type|var|const)\s+(\w+)", line)
    return "%s %s" % (m.group(1), m.group(2)) if m else line.strip()[:30]


def blank(lines, s, e):
    """Blank lines s..e, and the `//go:` directives just above them: Go
    rejects a directive left before the next declaration ("misplaced
    compiler directive"), and the Go twin must build for
    tests/fuzz/go_twin_diff.py."""
    for i in range(s, e + 1):
        lines[i] = ""
    i = s - 1
    while i >= 0 and (lines[i].strip() == "" or lines[i].startswith("//go:")):
        lines[i] = ""
        i -= 1


def first_bad_line(ml0c, ml0test, path):
    r = subprocess.run([ml0c, "check", path], capture_output=True, text=True)
    m = re.search(r":(\d+):\d+: error: (.*)", r.stderr)
    if m:
        return int(m.group(1)), "not ML0: " + m.group(2).strip()
    r = subprocess.run([ml0test, "--ml0c", ml0c, "--runtime", "gc", path],
                       capture_output=True, text=True)
    if r.returncode == 0:
        return None, None
    m = re.search(r"(?:missing|unexpected) diagnostic at line (\d+): (.*)", r.stdout + r.stderr)
    if m:
        return int(m.group(1)), "ml0c differs: " + m.group(0).strip()[:140]
    return -1, (r.stdout + r.stderr).strip()[:200]


def translate(ml0c, ml0test, name):
    src = open(os.path.join(GOROOT_TEST, name + ".go")).read().split("\n")
    src[0] = "// Translated from go1.19's test/%s.go: its own ERROR lines (see ../README.md)." % name
    base = os.path.basename(name)
    has_main = any(re.match(r"^func main\(\)", l) for l in src)
    for i, l in enumerate(src):
        if re.match(r"^package \w+", l):
            src[i] = "// package main"
    # RUNTIME: gc: under --runtime=drop, -m adds counting notes after a
    # decision, which Go's anchored ($) regexps do not allow
    # ERRORCHECK: go: one regexp may match several lines printed on its
    # line, as in Go's test/run.go
    src = [posix_braces(l) for l in src] + ([] if has_main else ["func main() {}"]) + [
        "// ARGS: -m", "// RUNTIME: gc", "// ERRORCHECK: go"]
    out = os.path.join(HERE, base + ".ml0")
    left = []
    for _ in range(400):
        open(out, "w").write("\n".join(src) + "\n")
        line, why = first_bad_line(ml0c, ml0test, out)
        if line is None:
            break
        if line > 0 and re.match(r'^\s+"[^"]*"\s*$', src[line - 1]):
            # one spec of an import block (`"os"` imported and not used
            # once what used it is left out): blank that spec only
            left.append(("import " + src[line - 1].strip(), why))
            src[line - 1] = ""
            continue
        ds = [d for d in decls(src) if d[0] <= line - 1 <= d[1]]
        if not ds or line <= 0:
            left.append(("(whole file)", why))
            os.remove(out)
            break
        s, e = ds[0]
        left.append((name_of(src[s]), why))
        blank(src, s, e)
    if os.path.exists(out) and not any(re.search(r'// ERROR "', l) for l in src):
        os.remove(out)      # nothing of it kept: no test
    open(os.path.join(HERE, base + ".left-out"), "w").write(
        "".join("%s: %s\n" % (n, w) for n, w in left))
    return left


if __name__ == "__main__":
    ml0c, ml0test = sys.argv[1], sys.argv[2]
    for n in sys.argv[3:]:
        left = translate(ml0c, ml0test, n)
        print("%s: %d declarations left out" % (n, len(left)))
