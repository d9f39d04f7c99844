# `-` is standard input, as for cc and go: run, check (errors name
# <stdin>) and build (default output a.out, as cc).
. "$(dirname "$0")/lib.bash"
OUT=$("$ML0C" run - <"$SRC/examples/add.ml0" 2>&1) || fail "run -: $OUT"
[ "$OUT" = 5 ] || fail "run - printed '$OUT'"
OUT=$(printf 'func main() {\n    x := 1 +\n}\n' | "$ML0C" check - 2>&1); st=$?
[ $st = 1 ] || fail "check - of a bad program exited $st"
expect_out "^<stdin>:3:1: error"
cd "$TMP" || fail cd
cat "$SRC/examples/add.ml0" | "$ML0C" build - || fail "build -"
[ "$(./a.out)" = 5 ] || fail "build - did not write a.out"
