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

`prefill` (used by rust_diff.py) fills the cache for many files with one
rustc run per 40 files, each file wrapped in its own `mod mN { ... }` of
one crate. Borrow checking is per function body, so each body gets the
errors it gets alone; an error's line, minus the line its module starts
at, is its line in its file. A batch with an error that is not a
borrow-check one (E0106 and type errors stop rustc before borrow
checking), or one outside every module, is run again file by file. About
thirty times faster on a loaded machine; on generated twins the answers
are the same (checked against 300 cached seeds of two generators).
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


# what the borrow checker reports (a batch with anything else is redone file by file)
_BORROW = {"E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0508", "E0509", "E0515",
           "E0597", "E0716", "E0594", "E0596", "E0373", "E0384", "E0381", "E0521", "E0713", "E0712",
           "E0500", "E0501", "E0524", "?"}


def prefill(paths, tmp, batch=40):
    """Cache rustc's answers for the uncached files of paths, batch files per rustc run."""
    todo = [(p, _cache_path(p)) for p in paths]
    todo = [(p, c) for p, c in todo if c and not os.path.exists(c)]
    for i in range(0, len(todo), batch):
        lines, spans = ["fn main() {}"], []
        for p, c in todo[i:i + batch]:
            lines.append("mod m%d {" % len(spans))
            with open(p) as f:
                body = f.read().rstrip("\n").split("\n")
            spans.append((p, c, len(lines), len(lines) + len(body)))
            lines += body + ["}"]
        crate = os.path.join(tmp, "prefill.rs")
        with open(crate, "w") as f:
            f.write("\n".join(lines) + "\n")
        out = subprocess.run(["rustc", "--edition", "2021", "--crate-type", "bin", "--emit=metadata",
                              "--error-format=json", "-A", "warnings",
                              "-o", os.path.join(tmp, "x.rmeta"), crate],
                             capture_output=True, text=True)
        per = {p: set() for p, _, _, _ in spans}
        ok = out.returncode in (0, 1)
        for line in out.stderr.splitlines() if ok else []:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if d.get("level") != "error" or d["message"].startswith("aborting due to"):
                continue
            code = (d.get("code") or {}).get("code", "?")
            prim = [s for s in d.get("spans") or [] if s.get("is_primary")] or d.get("spans") or []
            ln = prim[0]["line_start"] if prim else 0
            owner = [(p, a) for p, _, a, b in spans if a < ln <= b]
            if code not in _BORROW or not owner:
                ok = False
                break
            per[owner[0][0]].add((code, ln - owner[0][1]))
        for p, c, _, _ in spans:
            if not ok:
                rustc_errors(p, tmp)
                continue
            try:
                os.makedirs(os.path.dirname(c), exist_ok=True)
                with open(c + ".tmp%d" % os.getpid(), "w") as f:
                    json.dump(sorted(per[p]), f)
                os.replace(c + ".tmp%d" % os.getpid(), c)
            except OSError:
                pass


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
