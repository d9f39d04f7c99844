. "$(dirname "$0")/lib.bash"
expect_status 2 "$ML0C" compile "$SRC/examples/add.ml0"
expect_out "unknown command 'compile'"
