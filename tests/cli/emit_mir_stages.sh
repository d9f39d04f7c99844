# --emit=mir:STAGE prints the MIR after that pass: built (storage not yet
# decided, no drops), escape (storage decided, still no drops), drop
# (drops and drop flags; --runtime=drop only). Plain mir is the last stage.
. "$(dirname "$0")/lib.bash"
P="$SRC/examples/churn.ml0"
expect_status 0 "$ML0C" build --runtime=drop --emit=mir:built "$P"
expect_out "site0: make(\[\]int, 100) 7:18 undecided"
grep -q "drop(" <<<"$OUT" && fail "mir:built has drops: $OUT"
expect_status 0 "$ML0C" build --runtime=drop --emit=mir:escape "$P"
expect_out "site0: make(\[\]int, 100) 7:18 stack"
grep -q "drop(" <<<"$OUT" && fail "mir:escape has drops: $OUT"
expect_status 0 "$ML0C" build --runtime=drop --emit=mir:drop "$P"
expect_out "drop(_4) if _10;"
DROP=$OUT
expect_status 0 "$ML0C" build --runtime=drop --emit=mir "$P"
[ "$OUT" = "$DROP" ] || fail "--emit=mir is not the last stage (drop)"
expect_status 0 "$ML0C" build --emit=mir:escape "$P"
ESC=$OUT
expect_status 0 "$ML0C" build --emit=mir "$P"
[ "$OUT" = "$ESC" ] || fail "--emit=mir under gc is not the escape stage"
expect_status 0 "$ML0C" build --emit=mir:built "$SRC/examples/escape_tour.ml0"
expect_out "var x 32:5 scope 1 depth 0 addressed$"
expect_status 2 "$ML0C" build --emit=mir:drop "$P"
expect_out "needs --runtime=drop"
expect_status 2 "$ML0C" build --emit=mir:parsed "$P"
expect_out "unknown --emit kind 'mir:parsed'"
