. "$(dirname "$0")/lib.bash"
OUT=$(ML0DEBUG=allocstats=1 "$ML0C" run "$SRC/examples/churn.ml0" 2>&1) || fail "run churn"
grep -q "allocs=0 " <<<"$OUT" || fail "churn allocated on the heap: $OUT"
