# Temporary files (run's executable, build's object) go to $TMPDIR, and
# are gone afterwards; a TMPDIR that cannot be used is an error naming it.
. "$(dirname "$0")/lib.bash"
mkdir "$TMP/t"
expect_status 0 env TMPDIR="$TMP/t" "$ML0C" run "$SRC/examples/add.ml0"
[ "$OUT" = 5 ] || fail "run printed '$OUT'"
[ -z "$(ls -A "$TMP/t")" ] || fail "left behind in TMPDIR: $(ls -A "$TMP/t")"
expect_status 0 env TMPDIR="$TMP/t" "$ML0C" build "$SRC/examples/add.ml0" -o "$TMP/add"
[ -z "$(ls -A "$TMP/t")" ] || fail "build left behind: $(ls -A "$TMP/t")"
expect_status 1 env TMPDIR="$TMP/none" "$ML0C" run "$SRC/examples/add.ml0"
expect_out "temporary directory in '$TMP/none'"
expect_status 1 env TMPDIR="$TMP/none" "$ML0C" build "$SRC/examples/add.ml0" -o "$TMP/add"
expect_out "temporary file in '$TMP/none'"
