# A flag that does nothing with the chosen command is a warning (exit
# status unchanged), as clang's "argument unused during compilation".
. "$(dirname "$0")/lib.bash"
A="$SRC/examples/add.ml0"
expect_status 0 "$ML0C" check -o "$TMP/x" "$A"
expect_out "warning: flag '-o' does nothing with 'check'"
[ -e "$TMP/x" ] && fail "check wrote -o's file"
expect_status 0 "$ML0C" check -O3 --emit=obj "$A"
expect_out "'-O' does nothing"
expect_out "'--emit' does nothing"
expect_status 0 "$ML0C" run -o "$TMP/y" "$A"
expect_out "flag '-o' does nothing with 'run'"
expect_status 0 "$ML0C" build -o "$TMP/z" "$A" -- a b
expect_out "flag '--' does nothing with 'build'"
# and none where the flag counts
expect_status 0 "$ML0C" check -m --emit=mir "$A"
grep -q warning <<<"$OUT" && fail "warned for a flag check uses: $OUT"
expect_status 0 "$ML0C" build -O1 -o "$TMP/w" "$A"
[ -z "$OUT" ] || fail "build printed '$OUT'"
