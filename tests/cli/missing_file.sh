. "$(dirname "$0")/lib.bash"
expect_status 1 "$ML0C" build "$TMP/nope.ml0"
expect_out "nope.ml0"
expect_out "No such file"
