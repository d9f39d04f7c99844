#!/bin/bash
# golden.sh: re-derive golden.txt from Go itself (go run golden.go) and run
# unit_lib_test against it; also reports when the stored golden.txt is stale.
# Exit 77 (skipped) without go.
set -u
here=$(cd "$(dirname "$0")" && pwd)
test_bin=$1
command -v go >/dev/null || { echo "go not installed: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && GOCACHE=${GOCACHE:-$tmp/gocache} GOFLAGS=-mod=mod go run golden.go cases.txt) > "$tmp/golden.txt" || exit 1
if ! cmp -s "$tmp/golden.txt" "$here/golden.txt"; then
    echo "note: stored golden.txt differs from go's output; regenerate with: go run golden.go cases.txt > golden.txt"
    diff "$here/golden.txt" "$tmp/golden.txt" | head -20
    exit 1
fi
"$test_bin" "$here/cases.txt" "$tmp/golden.txt"
