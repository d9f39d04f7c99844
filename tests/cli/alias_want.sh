# "have/want" lines spell result types as the signature does (go1.19):
# want (rune, []byte, map[byte]rune), not int32 and uint8.
. "$(dirname "$0")/lib.bash"
OUT=$("$ML0C" check "$SRC/tests/sema/alias_spelling_types.ml0" 2>&1) && fail "check passed"
grep -q "^	want (rune, \[\]byte, map\[byte\]rune)$" <<<"$OUT" || fail "want of three(): $OUT"
grep -q "^	want (int, rune)$" <<<"$OUT" || fail "want of named(): $OUT"
true
