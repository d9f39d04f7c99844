. "$(dirname "$0")/lib.bash"
# Every benchmark program compiles, and at a tiny size (its loop counts cut
# down) prints the same checksum under both runtimes, the drop one with
# nothing leaked. Timing them is bench/run.sh's job, never the suite's.
for f in "$SRC"/bench/ml0/*.ml0; do
    name=$(basename "$f" .ml0)
    "$ML0C" check "$f" || fail "bench program $f does not compile"
    sed -e 's/10_000_000/2000/g; s/1_000_000/2000/g; s/100_000/1000/g; s/50_000/500/g' \
        -e 's/maxd := 18/maxd := 6/; s/r < 1000/r < 10/' "$f" > "$TMP/$name.ml0"
    gc=$("$ML0C" run "$TMP/$name.ml0" 2>&1 | head -1) || fail "$name (gc): $gc"
    drop=$(ML0DEBUG=leakcheck=1 "$ML0C" run --runtime=drop "$TMP/$name.ml0" 2>&1) || fail "$name (drop): $drop"
    [ -n "$gc" ] || fail "$name printed no checksum"
    [ "$gc" = "$(head -1 <<<"$drop")" ] || fail "$name: gc printed '$gc', drop '$(head -1 <<<"$drop")'"
done
exit 0
