"""rustc_errors.py: what rustc (the reference) reports on a Rust file.

Shared by tests/borrowck/check_twins.py (the hand-written twins) and
tests/fuzz/rust_diff.py (the generated ones): rustc compiles the file to
metadata only (the borrow checker runs, no code is generated) with JSON
diagnostics, and each error becomes (code, line of its primary span);
errors without a code (E0106-style lifetime errors) are ('?', line).

rustc's answers are cached by the SHA-256 of its version and the file's
text, in $ML0_RUSTC_CACHE (default ~/.cache/ml0c/rustc; set it empty to
turn the cache off): re-running a thousand generated twins against a new
ml0c costs no rustc runs.
"""
import hashlib, json, os, subprocess

_version = None


def _cache_path(rs):
    global _version
    d = os.environ.get("ML0_RUSTC_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "ml0c", "rustc"))
    if not d:
        return None
    if _version is None:
        _version = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    with open(rs, "rb") as f:
        h = hashlib.sha256(_version.encode() + b"\0" + f.read()).hexdigest()
    return os.path.join(d, h[:2], h + ".json")


def rustc_errors(rs, tmp):
    cache = _cache_path(rs)
    if cache and os.path.exists(cache):
        try:
            with open(cache) as f:
                return {(c, n) for c, n in json.load(f)}
        except (OSError, ValueError):
            pass
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
    if cache and out.returncode in (0, 1):
        try:
            os.makedirs(os.path.dirname(cache), exist_ok=True)
            with open(cache + ".tmp%d" % os.getpid(), "w") as f:
                json.dump(sorted(errs), f)
            os.replace(cache + ".tmp%d" % os.getpid(), cache)
        except OSError:
            pass
    return errs
