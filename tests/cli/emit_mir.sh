. "$(dirname "$0")/lib.bash"
expect_status 0 "$ML0C" build --emit=mir "$SRC/examples/churn.ml0"
expect_out "bb0"
expect_out "fn main()"
expect_out "site0: make(\[\]int, 100) 7:18 stack"
expect_status 0 "$ML0C" build --emit=ast "$SRC/examples/add.ml0" -o -
expect_out "(func add"
