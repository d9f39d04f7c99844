"""rustc_errors.py: what rustc (the reference) reports on a Rust file.

Shared by tests/borrowck/check_twins.py (the hand-written twins) and
tests/fuzz/rust_diff.py (the generated ones): rustc compiles the file to
metadata only (the borrow checker runs, no code is generated) with JSON
diagnostics, and each error becomes (code, line of its primary span);
errors without a code (E0106-style lifetime errors) are ('?', line).
"""
import json, os, subprocess


def rustc_errors(rs, tmp):
    out = subprocess.run(["rustc", "--edition", "2021", "--crate-type", "bin", "--emit=metadata",
                          "--error-format=json", "-A", "warnings",
                          "-o", os.path.join(tmp, "x.rmeta"), rs],
                         capture_output=True, text=True)
    errs = set()
    for line in out.stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") != "error" or not d.get("spans"):
            continue
        code = (d.get("code") or {}).get("code", "?")
        prim = [s for s in d["spans"] if s.get("is_primary")] or d["spans"]
        errs.add((code, prim[0]["line_start"]))
    return errs
