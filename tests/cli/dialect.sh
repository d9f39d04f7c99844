# A .go file follows Go's rules where ML0's contract differs (docs/LANGUAGE.md
# "Go files and ML0 files"): package clause required, unused variables are
# errors, builtin print/println write to standard error. A .ml0 file keeps
# ML0's rules; --dialect=go|ml0 overrides the file name.
. "$(dirname "$0")/lib.bash"
body='import "fmt"

func main() {
	unused := 1
	fmt.Println("out")
	println("err", 2)
}'
printf '%s\n' "$body" > "$TMP/p.go"
printf '%s\n' "$body" > "$TMP/p.ml0"

expect_status 1 "$ML0C" check "$TMP/p.go"
expect_out "p.go:1:1: error: expected 'package', found 'import'"
expect_status 0 "$ML0C" check "$TMP/p.ml0"
expect_status 1 "$ML0C" check --dialect=go "$TMP/p.ml0"
expect_out "expected 'package', found 'import'"
expect_status 0 "$ML0C" check --dialect ml0 "$TMP/p.go"
expect_status 2 "$ML0C" check --dialect=rust "$TMP/p.go"
expect_out "unknown --dialect 'rust' (go or ml0)"

printf 'package main\n\n%s\n' "$body" > "$TMP/q.go"
expect_status 1 "$ML0C" check "$TMP/q.go"
expect_out "q.go:6:2: error: unused declared but not used"
sed -i 's/^\tunused := 1$/\t_ = 1/' "$TMP/q.go" "$TMP/p.ml0"

for rt in gc drop; do
    "$ML0C" run --runtime=$rt "$TMP/q.go" >"$TMP/out" 2>"$TMP/err" || fail "run q.go ($rt)"
    [ "$(cat "$TMP/out")" = out ] || fail "q.go's stdout ($rt): $(cat "$TMP/out")"
    [ "$(cat "$TMP/err")" = "err 2" ] || fail "q.go's println is not on stderr ($rt): $(cat "$TMP/err")"
    "$ML0C" run --runtime=$rt "$TMP/p.ml0" >"$TMP/out" 2>"$TMP/err" || fail "run p.ml0 ($rt)"
    [ "$(cat "$TMP/out")" = "out
err 2" ] || fail "p.ml0's println is not on stdout ($rt): $(cat "$TMP/out")"
    "$ML0C" run --runtime=$rt --dialect=ml0 "$TMP/q.go" >"$TMP/out" 2>/dev/null || fail "run --dialect=ml0 q.go ($rt)"
    [ "$(cat "$TMP/out")" = "out
err 2" ] || fail "--dialect=ml0's println is not on stdout ($rt): $(cat "$TMP/out")"
done

# stdout is flushed before a println, so 2>&1 interleaves as Go's does
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(1)\n\tprintln(2)\n\tfmt.Println(3)\n\tprint(4, "\\n")\n}\n' > "$TMP/i.go"
"$ML0C" build "$TMP/i.go" -o "$TMP/i" || fail "build i.go"
[ "$("$TMP/i" 2>&1 | tr '\n' ' ')" = "1 2 3 4 " ] || fail "2>&1 order: $("$TMP/i" 2>&1)"
exit 0
