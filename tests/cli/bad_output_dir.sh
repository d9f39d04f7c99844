. "$(dirname "$0")/lib.bash"
expect_status 1 "$ML0C" build "$SRC/examples/add.ml0" -o "$TMP/no/such/dir/prog"
expect_out "error"
