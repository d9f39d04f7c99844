. "$(dirname "$0")/lib.bash"
cat > "$TMP/p.ml0" <<'ML0'
func main() {
    println("out")
    panic("boom")
}
ML0
expect_status 2 "$ML0C" run "$TMP/p.ml0"
expect_out "panic: boom"
expect_out "out"
