#!/usr/bin/env python3
"""json_schema.py: checks that lines of JSON are rustc --error-format=json
diagnostics, field for field as cargo reads them (cargo_metadata's
`Diagnostic`, `DiagnosticSpan`, `DiagnosticSpanLine`, `DiagnosticCode`),
with the types those structs declare and nothing missing.

usage: json_schema.py FILE...   (each FILE: ml0c's stderr, one object a line)
Prints one line per problem; exits 1 if any. json_rustc_schema.py imports
check_text to check a whole test corpus in one Python run.
"""
import json
import sys

LEVELS = {"error", "warning", "note", "help", "failure-note", "error: internal compiler error"}
APPLICABILITY = {None, "MachineApplicable", "MaybeIncorrect", "HasPlaceholders", "Unspecified"}


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_fields(obj, fields, where, errs):
    if not isinstance(obj, dict):
        errs.append(f"{where}: not an object")
        return False
    for name, ok in fields.items():
        if name not in obj:
            errs.append(f"{where}: missing field {name!r}")
        elif not ok(obj[name]):
            errs.append(f"{where}: field {name!r} has the wrong type: {obj[name]!r}")
    return True


def opt_str(v):
    return v is None or isinstance(v, str)


def check_span_line(ln, where, errs):
    check_fields(ln, {"text": lambda v: isinstance(v, str), "highlight_start": is_int,
                      "highlight_end": is_int}, where, errs)


def check_span(sp, where, errs):
    if not check_fields(sp, {
            "file_name": lambda v: isinstance(v, str), "byte_start": is_int, "byte_end": is_int,
            "line_start": is_int, "line_end": is_int, "column_start": is_int, "column_end": is_int,
            "is_primary": lambda v: isinstance(v, bool), "text": lambda v: isinstance(v, list),
            "label": opt_str, "suggested_replacement": opt_str,
            "suggestion_applicability": lambda v: v in APPLICABILITY,
            "expansion": lambda v: v is None or isinstance(v, dict)}, where, errs):
        return
    for i, ln in enumerate(sp.get("text") or []):
        check_span_line(ln, f"{where}.text[{i}]", errs)
    if is_int(sp.get("byte_start")) and is_int(sp.get("byte_end")) and sp["byte_start"] > sp["byte_end"]:
        errs.append(f"{where}: byte_start > byte_end")
    if is_int(sp.get("line_start")) and sp["line_start"] < 1:
        errs.append(f"{where}: lines count from 1")
    if is_int(sp.get("column_start")) and sp["column_start"] < 1:
        errs.append(f"{where}: columns count from 1")


def check_diag(d, where, errs, top):
    fields = {"message": lambda v: isinstance(v, str),
              "code": lambda v: v is None or isinstance(v, dict),
              "level": lambda v: v in LEVELS, "spans": lambda v: isinstance(v, list),
              "children": lambda v: isinstance(v, list), "rendered": opt_str}
    if top:
        fields["$message_type"] = lambda v: v == "diagnostic"
    if not check_fields(d, fields, where, errs):
        return
    if isinstance(d.get("code"), dict):
        check_fields(d["code"], {"code": lambda v: isinstance(v, str), "explanation": opt_str},
                     f"{where}.code", errs)
    seen = set()
    for i, sp in enumerate(d.get("spans") or []):
        check_span(sp, f"{where}.spans[{i}]", errs)
        if isinstance(sp, dict):
            key = (sp.get("file_name"), sp.get("byte_start"), sp.get("byte_end"), sp.get("is_primary"), sp.get("label"))
            if key in seen:
                errs.append(f"{where}.spans[{i}]: the same span twice")
            seen.add(key)
    if top and d.get("spans") and not any(isinstance(s, dict) and s.get("is_primary") for s in d["spans"]):
        errs.append(f"{where}: spans but no primary one")
    for i, ch in enumerate(d.get("children") or []):
        check_diag(ch, f"{where}.children[{i}]", errs, False)
    if top and not isinstance(d.get("rendered"), str):
        errs.append(f"{where}: no rendered text")


def check_text(text, where, errs):
    """Checks every non-blank line of text (one JSON object a line), naming
    problems WHERE:LINE; returns the number of diagnostics read."""
    count = 0
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append(f"{where}:{n}: not JSON ({e}): {line[:120]!r}")
            continue
        count += 1
        check_diag(d, f"{where}:{n}", errs, True)
    return count


def main():
    errs = []
    count = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            count += check_text(f.read(), path, errs)
    for e in errs:
        print(e)
    print(f"{count} diagnostics checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
