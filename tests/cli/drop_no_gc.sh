# A drop binary has no collector in it; a gc binary does.
. "$(dirname "$0")/lib.bash"
"$ML0C" build --runtime=drop "$SRC/examples/newuser.ml0" -o "$TMP/nu" >/dev/null 2>&1 || fail "build drop"
nm "$TMP/nu" | grep -q " GC_" && fail "Boehm symbols in a drop binary: $(nm "$TMP/nu" | grep ' GC_' | head -3)"
"$ML0C" build --runtime=gc "$SRC/examples/newuser.ml0" -o "$TMP/nugc" >/dev/null 2>&1 || fail "build gc"
nm "$TMP/nugc" | grep -q "GC_malloc" || fail "no Boehm in a gc binary"
OUT=$(ML0DEBUG=allocstats=1 "$TMP/nu" 2>&1) || fail "run newuser: $OUT"
expect_out "Tom"
expect_out "allocs=1 frees=1 "      # u's cell, freed by its last owner
OUT=$(ML0DEBUG=allocstats=1 "$ML0C" run --runtime=drop "$SRC/examples/cycle.ml0" 2>&1) || fail "run cycle: $OUT"
expect_out "built"
expect_out "leaked_objects=4000 "
OUT=$(ML0DEBUG=leakcheck=1 "$ML0C" run --runtime=drop "$SRC/examples/cycle.ml0" 2>&1); [ $? = 23 ] || fail "leakcheck did not fail the cycle: $OUT"
expect_out "4000 objects (96000 bytes) leaked"
exit 0
