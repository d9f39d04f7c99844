. "$(dirname "$0")/lib.bash"
cp "$SRC/examples/add.ml0" "$TMP/prog.txt"
expect_status 0 "$ML0C" run "$TMP/prog.txt"
expect_out "^5$"
