# Issue 4's acceptance: keep.ml0 under --runtime=drop allocates its
# million buffers, frees all but the 1,000 the global keeps (plus the
# global's array), leaks nothing, and its MIR has no reference counting.
. "$(dirname "$0")/lib.bash"
OUT=$(ML0DEBUG=allocstats=1 "$ML0C" run --runtime=drop "$SRC/examples/keep.ml0" 2>&1) || fail "run keep: $OUT"
expect_out "done, kept: 1000"
expect_out "allocs=1000012 frees=999011 "
expect_out "live_objects=1001 "
expect_out "leaked_objects=0 "
MIR=$("$ML0C" build --runtime=drop --emit=mir "$SRC/examples/keep.ml0" -o - 2>&1) || fail "emit mir"
grep -q "retain(" <<<"$MIR" && fail "keep.ml0 counts references: $(grep 'retain(' <<<"$MIR" | head -3)"
exit 0
