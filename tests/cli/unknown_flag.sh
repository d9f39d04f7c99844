. "$(dirname "$0")/lib.bash"
expect_status 2 "$ML0C" build --frobnicate "$SRC/examples/add.ml0"
expect_out "unknown flag '--frobnicate'"
