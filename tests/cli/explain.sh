. "$(dirname "$0")/lib.bash"
expect_status 0 "$ML0C" check --explain u "$SRC/examples/newuser.ml0"
expect_out "u is moved to the heap because its address flows to ~r0"
expect_out "newUser's result outlives its frame"
expect_status 0 "$ML0C" check --explain x "$SRC/examples/dangling.ml0"
expect_out "x stays in main's frame"
# Issue 12: the reason is the true one. Kept by the heap (through a
# pointer stored in a global): no loop is named in a function that has
# none; kept by a variable outside a loop: that loop is the reason.
cat > "$TMP/heap.ml0" <<'ML0'
var g *int
func keep() {
    x := 1
    p := &x
    g = p
}
func main() { keep() }
ML0
expect_status 0 "$ML0C" check --explain x "$TMP/heap.ml0"
expect_out "x is moved to the heap because its address flows to {heap}"
expect_out "the heap (a global, or memory reached through a pointer) keeps it"
grep -q "loop" <<<"$OUT" && fail "keep has no loop: $OUT"
cat > "$TMP/loop.ml0" <<'ML0'
func main() {
    var p *int
    for i := 0; i < 3; i++ {
        x := i
        p = &x
    }
    println(*p)
}
ML0
expect_status 0 "$ML0C" check --explain x "$TMP/loop.ml0"
expect_out "p is declared outside the loop that declares it"
