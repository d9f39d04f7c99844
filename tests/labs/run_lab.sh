#!/bin/bash
# run_lab.sh ML0C LAB.go RUNTIME [m-only]: a lab-style Go program, compiled
# unchanged by ml0c, must print what `go run` prints (LAB.stdout), exit as
# it does (LAB.exit, default 0), write to standard error what it writes
# (LAB.stderr, when stored: the builtin println's output) and `ml0c
# check -m` must print the lines of `go build -gcflags='-m -l'` (LAB.m,
# file names reduced to LAB.go).
# The stored expectations come from go1.19; when `go` is on PATH they are
# checked against it again, else that step is skipped with a message.
# With m-only (labs waiting in pending/) only the -m lines are compared.
set -u
ML0C=$1 LAB=$2 RT=$3 MODE=${4:-full}
DIR=$(dirname "$LAB") NAME=$(basename "$LAB" .go)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL ($NAME, $RT): $*"; exit 1; }
if [ "$RT" = drop ] && [ -f "$DIR/$NAME.drop-skip" ]; then
    echo "skipped under drop: $(cat "$DIR/$NAME.drop-skip")"; exit 77
fi
want_exit=0
[ -f "$DIR/$NAME.exit" ] && want_exit=$(cat "$DIR/$NAME.exit")

if command -v go >/dev/null 2>&1; then
    cp "$LAB" "$TMP/main.go"
    (cd "$TMP" && GOFLAGS=-mod=mod GO111MODULE=off go build -gcflags='-m -l' -o prog main.go 2>"$TMP/go.m")
    grep -v '^#' "$TMP/go.m" | sed "s|^\./main\.go|$NAME.go|" | sort > "$TMP/go.sorted"
    sort "$DIR/$NAME.m" | diff "$TMP/go.sorted" - >/dev/null || fail "stored $NAME.m differs from go1.19's -m -l"
    "$TMP/prog" > "$TMP/go.out" 2>"$TMP/go.err"; st=$?
    cmp -s "$TMP/go.out" "$DIR/$NAME.stdout" || fail "stored $NAME.stdout differs from go run"
    if [ -f "$DIR/$NAME.stderr" ]; then
        cmp -s "$TMP/go.err" "$DIR/$NAME.stderr" || fail "stored $NAME.stderr differs from go run"
    fi
    [ "$st" = "$want_exit" ] || fail "go run exits $st, stored $want_exit"
else
    echo "go not found: comparing against the stored go1.19 results only"
fi

"$ML0C" check -m "$LAB" 2>"$TMP/ml0.m" || { cat "$TMP/ml0.m"; fail "ml0c check failed"; }
sed "s|^.*/$NAME\.go:|$NAME.go:|" "$TMP/ml0.m" | sort > "$TMP/ml0.sorted"
sort "$DIR/$NAME.m" | diff - "$TMP/ml0.sorted" > "$TMP/m.diff" || { cat "$TMP/m.diff"; fail "-m lines differ from go1.19's (< go, > ml0c)"; }
[ "$MODE" = m-only ] && exit 0

"$ML0C" build --runtime="$RT" "$LAB" -o "$TMP/ml0prog" 2>"$TMP/build.err" || { cat "$TMP/build.err"; fail "ml0c build failed"; }
# under drop a leak fails the lab (exit 23), as it fails every .ml0 test
if [ "$RT" = drop ]; then
    ML0DEBUG=leakcheck=1 "$TMP/ml0prog" > "$TMP/ml0.out" 2>"$TMP/ml0.err"; st=$?
else
    "$TMP/ml0prog" > "$TMP/ml0.out" 2>"$TMP/ml0.err"; st=$?
fi
[ "$st" = 23 ] && { cat "$TMP/ml0.err"; fail "leaked under --runtime=drop"; }
diff "$DIR/$NAME.stdout" "$TMP/ml0.out" > "$TMP/out.diff" || { cat "$TMP/out.diff"; fail "stdout differs from go run (< go, > ml0c)"; }
if [ -f "$DIR/$NAME.stderr" ]; then
    diff "$DIR/$NAME.stderr" "$TMP/ml0.err" > "$TMP/err.diff" || { cat "$TMP/err.diff"; fail "stderr differs from go run (< go, > ml0c)"; }
fi
[ "$st" = "$want_exit" ] || fail "exit status $st, go's is $want_exit"
exit 0
