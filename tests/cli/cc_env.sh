# $CC links (words split, so "ccache gcc"-style values work).
. "$(dirname "$0")/lib.bash"
cat >"$TMP/mycc" <<EOS
#!/bin/sh
echo "\$@" >"$TMP/cc.log"
exec cc "\$@"
EOS
chmod +x "$TMP/mycc"
expect_status 0 env CC="$TMP/mycc" "$ML0C" build "$SRC/examples/add.ml0" -o "$TMP/add"
[ -s "$TMP/cc.log" ] || fail "CC was not used"
grep -q libml0rt_gc.a "$TMP/cc.log" || fail "CC not given the runtime: $(cat "$TMP/cc.log")"
[ "$("$TMP/add")" = 5 ] || fail "program linked by CC"
rm "$TMP/cc.log"
expect_status 0 env CC="env $TMP/mycc" "$ML0C" run "$SRC/examples/add.ml0"
[ -s "$TMP/cc.log" ] || fail "CC with two words was not used"
expect_status 1 env CC=false "$ML0C" build "$SRC/examples/add.ml0" -o "$TMP/add2"
expect_out "linking"
