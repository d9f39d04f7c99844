#!/usr/bin/env bash
# tests/fuzz/escape_m2.sh [ML0C] [-v]: every program of tests/escape/ and
# tests/escape/m2/ under -m=2 against go1.19 (`go build -gcflags='-m=2 -l'`
# on the Go twin, `package main ` + the file, as go_twin_diff.py builds it),
# flow lines byte for byte. Files go rejects are not Go and are listed as
# skipped. Prints each differing file's diff (only the names without -v)
# and the agreement count ("go_twin_diff: N of M agree"); exits 1 on any
# difference, 77 without go. ML0C defaults to build/compiler/ml0c.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ML0C=$ROOT/build/compiler/ml0c
VERBOSE=
for a in "$@"; do
    case "$a" in
    -v) VERBOSE=1 ;;
    *) ML0C=$a ;;
    esac
done
command -v go >/dev/null || { echo "escape_m2: no go on PATH, skipped"; exit 77; }
OUT=$(mktemp); trap 'rm -f "$OUT"' EXIT
python3 "$HERE/go_twin_diff.py" "$ML0C" --m2 --quiet --skip-invalid \
    "$ROOT"/tests/escape/*.ml0 "$ROOT"/tests/escape/m2/*.ml0 >"$OUT"
status=$?
if [ -n "$VERBOSE" ]; then cat "$OUT"; else grep '^== \|^go_twin_diff:' "$OUT"; fi
exit $status
