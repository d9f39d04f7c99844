. "$(dirname "$0")/lib.bash"
expect_status 2 "$ML0C" build --emit=bogus "$SRC/examples/add.ml0"
expect_out "unknown --emit kind 'bogus'"
expect_status 2 "$ML0C" build --runtime=bogus "$SRC/examples/add.ml0"
expect_out "unknown runtime 'bogus'"
expect_status 2 "$ML0C" build -O7 "$SRC/examples/add.ml0"
expect_out "unknown flag '-O7'"
expect_status 2 "$ML0C" build -o
expect_out "needs an argument"
