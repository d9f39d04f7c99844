#!/usr/bin/env python3
"""go_json_compare.py: compares ml0c's -json=0,DIR escape log with go1.19's.

usage: go_json_compare.py GO_FILE ML0C_FILE
Both must have Go's shape (a header object, then LSP diagnostics with
range/severity/code/source/message[/relatedInformation]). Prints one line:
  entries=N same_entries=K same_flows=F
where an entry is the same when position, code and message agree, and its
flow is the same when relatedInformation agrees too (URIs aside). Exits 1
if ml0c's file does not have Go's shape.
"""
import json
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


def main():
    _, go = load(sys.argv[1])
    # Go's log also holds SSA's entries (isInBounds, nilcheck...) and an
    # empty "escape" one per runtime allocation call: escape analysis's own
    # decisions are the ones with a message.
    go = [e for e in go if e["code"] in CODES and e["message"]]
    h, ml = load(sys.argv[2])
    probs = shape_problems(h, ml)
    for p in probs:
        print("shape:", p)
    mine = {key(e): e for e in ml}
    same = sum(1 for e in go if key(e) in mine)
    same_flow = sum(1 for e in go if key(e) in mine and flow(mine[key(e)]) == flow(e))
    print(f"entries={len(go)} ml0c_entries={len(ml)} same_entries={same} same_flows={same_flow}")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
