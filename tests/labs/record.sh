#!/bin/bash
# record.sh LAB.go...: store go1.19's results for each lab (LAB.stdout,
# LAB.exit when not 0, LAB.m; LAB.stderr when a program that exits 0
# writes to standard error: the builtin print/println's output, which a
# panic's goroutine trace would make unstable). Expectations are what Go
# prints, never ml0c.
set -eu
for LAB in "$@"; do
    DIR=$(dirname "$LAB") NAME=$(basename "$LAB" .go)
    TMP=$(mktemp -d)
    cp "$LAB" "$TMP/main.go"
    (cd "$TMP" && GO111MODULE=off go build -gcflags='-m -l' -o prog main.go 2>"$TMP/go.m")
    grep -v '^#' "$TMP/go.m" | sed "s|^\./main\.go|$NAME.go|" | sort > "$DIR/$NAME.m"
    set +e; "$TMP/prog" > "$DIR/$NAME.stdout" 2>"$TMP/err"; st=$?; set -e
    rm -f "$DIR/$NAME.exit" "$DIR/$NAME.stderr"; [ "$st" = 0 ] || echo "$st" > "$DIR/$NAME.exit"
    if [ "$st" = 0 ] && [ -s "$TMP/err" ]; then cp "$TMP/err" "$DIR/$NAME.stderr"; fi
    rm -rf "$TMP"
done
