. "$(dirname "$0")/lib.bash"
# The fields a grader reads, in rustc's schema (json_rustc_schema.sh checks
# the whole schema).
printf 'func main() {\n    println(y)\n}\n' > "$TMP/e.ml0"
expect_status 1 "$ML0C" check --diagnostics=json "$TMP/e.ml0"
expect_out '"level":"error"'
expect_out '"message":"undefined: y"'
expect_out '"line_start":2,"line_end":2,"column_start":13,"column_end":14,"is_primary":true'
expect_out '"rendered":".*e.ml0:2:13: error: undefined: y\\n'
expect_status 0 "$ML0C" check -m --diagnostics=json "$SRC/examples/newuser.ml0"
expect_out '"message":"moved to heap: u"'
# borrow errors carry their code and every labelled span, the primary once
expect_status 1 "$ML0C" check --borrowck --diagnostics=json "$SRC/examples/dangling.ml0"
expect_out '"code":{"code":"E0597","explanation":"'
expect_out '"label":"`x` dropped here while still borrowed"'
expect_out '"label":"borrow later used here"'
[ "$(grep -o '"is_primary":true' <<<"$OUT" | wc -l)" = 1 ] || fail "primary span not exactly once: $OUT"
