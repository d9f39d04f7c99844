# Values after '=' or a space, and -oFILE: the spellings clang, go and
# rustc users type.
. "$(dirname "$0")/lib.bash"
A="$SRC/examples/add.ml0"
expect_status 0 "$ML0C" build "-o$TMP/a1" "$A"
[ "$("$TMP/a1")" = 5 ] || fail "-oFILE"
expect_status 0 "$ML0C" build --emit obj -o "$TMP/a.o" "$A"
[ -s "$TMP/a.o" ] || fail "--emit obj (with a space)"
expect_status 0 "$ML0C" build --emit=asm "-o$TMP/a.s" "$A"
grep -q '^main:' "$TMP/a.s" || fail "--emit=asm -oFILE"
expect_status 0 "$ML0C" run --runtime drop "$A"
[ "$OUT" = 5 ] || fail "--runtime drop"
expect_status 0 "$ML0C" check --diagnostics json --borrowck "$SRC/examples/add.ml0"
expect_status 1 "$ML0C" check --diagnostics json --borrowck "$SRC/examples/move.ml0"
expect_out '"level":"error"'
expect_status 2 "$ML0C" build "$A" --emit
expect_out "flag '--emit' needs an argument"
expect_status 2 "$ML0C" build "$A" --emit=exe -o -
expect_out "standard output"
