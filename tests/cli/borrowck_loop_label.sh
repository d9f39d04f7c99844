# E0382's "value moved here, in previous iteration of loop" is for a move
# that reaches the use only through a loop's back edge (issue 12: it was
# printed for a move in a branch of a function with no loop at all).
# Without a loop the label is rustc's plain "value moved here"; with one,
# a move on the previous iteration says so.
. "$(dirname "$0")/lib.bash"
cat > "$TMP/branch.ml0" <<'ML0'
type P struct {
    a string
}
func take(s string) {}
func main() {
    p := P{a: "x"}
    if len(p.a) > 0 {
        take(p.a)
    }
    println(p.a)
}
ML0
expect_status 1 "$ML0C" check --borrowck "$TMP/branch.ml0"
expect_out "error\[E0382\]: borrow of moved value: \`p.a\`"
expect_out "value moved here$"
grep -q "previous iteration" <<<"$OUT" && fail "no loop, yet: $OUT"
cat > "$TMP/loop.ml0" <<'ML0'
func take(s string) {}
func main() {
    s := "x"
    for i := 0; i < 2; i++ {
        take(s)
    }
}
ML0
expect_status 1 "$ML0C" check --borrowck "$TMP/loop.ml0"
expect_out "error\[E0382\]: use of moved value: \`s\`"
expect_out "value moved here, in previous iteration of loop"
exit 0
