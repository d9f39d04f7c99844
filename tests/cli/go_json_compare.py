#!/usr/bin/env python3
"""go_json_compare.py: compares ml0c's -json=0,DIR escape log with go1.19's.

usage: go_json_compare.py GO_FILE ML0C_FILE [GO_FILE ML0C_FILE]...
Both must have Go's shape (a header object, then LSP diagnostics with
range/severity/code/source/message[/relatedInformation]). Prints one line:
  entries=N ml0c_entries=M same_entries=K same_flows=F
where an entry is the same when position, code and message agree, and its
flow is the same when relatedInformation agrees too (URIs aside). Exits 1
if ml0c's file does not have Go's shape. With several pairs (one Python run
for a whole corpus), each pair's lines start with "NAME: ", NAME being
ML0C_FILE's name without .json, and the exit status covers them all.
"""
import json
import os
import sys

HEADER = ["version", "package", "goos", "goarch", "gc_version", "file"]
ENTRY = ["range", "severity", "code", "source", "message", "relatedInformation"]
CODES = ("escape", "escapes", "leak")


def load(path):
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    return lines[0], lines[1:]


def shape_problems(header, entries):
    probs = []
    if list(header) != HEADER:
        probs.append(f"header keys {list(header)}")
    for e in entries:
        if list(e) != ENTRY and list(e) != ENTRY[:-1]:
            probs.append(f"entry keys {list(e)}")
        if e.get("severity") != 3 or e.get("source") != "go compiler" or e.get("code") not in CODES:
            probs.append(f"entry fields {e}")
        for r in e.get("relatedInformation", []) or [None]:
            if r is None:
                probs.append(f"empty relatedInformation kept: {e}") if "relatedInformation" in e else None
                continue
            if list(r) != ["location", "message"] or list(r["location"]) != ["uri", "range"]:
                probs.append(f"related keys {r}")
            if not r["location"]["uri"].startswith("file://") or not r["message"].startswith("escflow: "):
                probs.append(f"related fields {r}")
    return probs


def key(e):
    s = e["range"]["start"]
    return (s["line"], s["character"], e["code"], e["message"])


def flow(e):
    return [(r["location"]["range"]["start"]["line"], r["location"]["range"]["start"]["character"], r["message"])
            for r in e.get("relatedInformation", [])]


def compare(go_path, ml_path, prefix):
    """Prints the pair's lines; returns False if ml0c's file is misshapen."""
    _, go = load(go_path)
    # Go's log also holds SSA's entries (isInBounds, nilcheck...) and an
    # empty "escape" one per runtime allocation call: escape analysis's own
    # decisions are the ones with a message.
    go = [e for e in go if e["code"] in CODES and e["message"]]
    h, ml = load(ml_path)
    probs = shape_problems(h, ml)
    for p in probs:
        print(f"{prefix}shape:", p)
    mine = {key(e): e for e in ml}
    same = sum(1 for e in go if key(e) in mine)
    same_flow = sum(1 for e in go if key(e) in mine and flow(mine[key(e)]) == flow(e))
    print(f"{prefix}entries={len(go)} ml0c_entries={len(ml)} same_entries={same} same_flows={same_flow}")
    return not probs


def main():
    args = sys.argv[1:]
    if not args or len(args) % 2:
        sys.exit("usage: go_json_compare.py GO_FILE ML0C_FILE [GO_FILE ML0C_FILE]...")
    ok = True
    for go_path, ml_path in zip(args[0::2], args[1::2]):
        name = os.path.basename(ml_path)
        prefix = f"{name[:-5] if name.endswith('.json') else name}: " if len(args) > 2 else ""
        ok = compare(go_path, ml_path, prefix) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
