. "$(dirname "$0")/lib.bash"
printf 'func main() {\n    println(y)\n}\n' > "$TMP/e.ml0"
expect_status 1 "$ML0C" check --diagnostics=json "$TMP/e.ml0"
expect_out '"level":"error"'
expect_out '"message":"undefined: y"'
expect_out '"line":2,"col":13'
expect_status 0 "$ML0C" check -m --diagnostics=json "$SRC/examples/newuser.ml0"
expect_out '"message":"moved to heap: u"'
# borrow errors carry their code and every labelled span
expect_status 1 "$ML0C" check --borrowck --diagnostics=json "$SRC/examples/dangling.ml0"
expect_out '"code":"E0597"'
expect_out '"label":"`x` dropped here while still borrowed"'
expect_out '"label":"borrow later used here"'
