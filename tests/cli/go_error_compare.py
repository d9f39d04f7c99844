#!/usr/bin/env python3
"""go_error_compare.py ML0C DIR: ml0c's errors against go1.19's, word for word.

Each DIR/NAME.go is a Go program that `go build` rejects; DIR/NAME.out is
what go1.19 printed (`./NAME.go:LINE:COL: message`, a message's further
lines indented by a tab). `ml0c check --diagnostics=json` must report the
same errors, in the same order, at the same line and column, with the same
text. When `go` is installed the stored NAME.out is first checked against
it (else that check is skipped, with a message). Expectations are Go's.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def go_lines(text):
    diags = []
    for line in text.splitlines():
        if line.startswith("# "):
            continue
        if line.startswith("\t") and diags:
            diags[-1] += "\n" + line
        elif line:
            # go build names the file ./NAME.go for a type error, NAME.go
            # for a missing package clause (go/parser, before the build)
            diags.append(line if line.startswith("./") else "./" + line)
    return diags


def ml0c_lines(ml0c, path):
    r = subprocess.run([ml0c, "check", "--diagnostics=json", "--color=never", path],
                       capture_output=True, text=True)
    if r.returncode != 1:
        return None, "ml0c exited %d (want 1): %s" % (r.returncode, r.stderr[-500:])
    diags = []
    for line in r.stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") != "error" or not d.get("spans"):
            continue
        sp = [s for s in d["spans"] if s.get("is_primary")] or d["spans"]
        msg = "./%s:%d:%d: %s" % (os.path.basename(path), sp[0]["line_start"],
                                  sp[0]["column_start"], d["message"])
        for ch in d.get("children", []):    # related positions: Go's \t lines
            if ch.get("spans"):
                s = ch["spans"][0]
                msg += "\n\t./%s:%d:%d: %s" % (os.path.basename(s["file_name"]), s["line_start"],
                                              s["column_start"], ch["message"])
        diags.append(msg)
    return diags, None


def main():
    ml0c, d = sys.argv[1], sys.argv[2]
    go = shutil.which("go")
    if not go:
        print("go not found: the stored go1.19 outputs are not re-checked")
    bad = 0
    names = sorted(f[:-3] for f in os.listdir(d) if f.endswith(".go"))
    for name in names:
        src = os.path.join(d, name + ".go")
        want = go_lines(open(os.path.join(d, name + ".out")).read())
        if go:
            with tempfile.TemporaryDirectory() as t:
                shutil.copy(src, os.path.join(t, name + ".go"))
                r = subprocess.run([go, "build", "-o", os.devnull, name + ".go"], cwd=t,
                                   capture_output=True, text=True)
            if go_lines(r.stderr) != want:
                print("%s: %s.out is not what go prints:\n%s" % (name, name, r.stderr))
                bad += 1
                continue
        got, err = ml0c_lines(ml0c, src)
        if err:
            print("%s: %s" % (name, err))
            bad += 1
            continue
        if got != want:
            bad += 1
            print("%s differs:" % name)
            for w in want:
                if w not in got:
                    print("  go only:   " + w.replace("\n", "\\n"))
            for g in got:
                if g not in want:
                    print("  ml0c only: " + g.replace("\n", "\\n"))
            if sorted(got) == sorted(want):
                print("  (same errors, another order)")
    print("%d of %d files agree with go1.19" % (len(names) - bad, len(names)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
