# The soundness net catches what it is there for: every program the borrow
# checker accepts runs under --runtime=drop with AddressSanitizer in the
# suite, which is only worth something if a use after free in a drop
# program is reported. asan_net_uaf.ml0 shares a Node between two
# pointers; ML0DEBUG=uafnet=1 makes the runtime skip the second count, so
# the Node is freed while still referenced: the instrumented load in the
# generated code must hit the freed block (heap_asan.c gives every object
# its own malloc block, freed into ASan's quarantine). Without the hook
# the same program runs clean (the counts are right).
. "$(dirname "$0")/lib.bash"
command -v clang >/dev/null || { echo "no clang: --asan cannot link; nothing to check"; exit 0; }
"$ML0C" build --runtime=drop --asan "$SRC/tests/cli/asan_net_uaf.ml0" -o "$TMP/uaf" >"$TMP/log" 2>&1 ||
    fail "build: $(cat "$TMP/log")"
OUT=$("$TMP/uaf" 2>&1) || fail "the program itself is sound, but: $OUT"
[ "$OUT" = "7 true" ] || fail "unexpected output: $OUT"
OUT=$(ML0DEBUG=uafnet=1 ASAN_OPTIONS=detect_leaks=0 "$TMP/uaf" 2>&1) &&
    fail "the use after free ran to the end unreported: $OUT"
expect_out "ERROR: AddressSanitizer: heap-use-after-free"
expect_out "READ of size 8"
exit 0
