#!/usr/bin/env bash
# tests/fuzz/drop_diff.sh ML0C FIRST LAST: differential test of the drop
# runtime. For each seed, generate a program (gen_pointer_program.py),
# build it for --runtime=gc and for --runtime=drop with AddressSanitizer,
# run both, and fail on any difference in output, any sanitizer report,
# or any leak (ML0DEBUG=leakcheck=1). ctest runs a few seeds (label
# fuzz); run thousands by hand after touching drop elaboration.
set -u
ML0C=$1; FIRST=$2; LAST=$3
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
bad=0
for i in $(seq "$FIRST" "$LAST"); do
  f=$T/p$i.ml0
  python3 "$HERE/gen_pointer_program.py" "$i" > "$f"
  "$ML0C" build "$f" -o "$f.gc" 2> "$T/err" || { echo "seed $i: gc build failed"; cat "$T/err"; bad=1; continue; }
  "$ML0C" build --runtime=drop --asan "$f" -o "$f.drop" 2> "$T/err" || { echo "seed $i: drop build failed"; cat "$T/err"; bad=1; continue; }
  timeout 20 "$f.gc" > "$f.out.gc" 2>&1
  ML0DEBUG=leakcheck=1 ASAN_OPTIONS=detect_leaks=0 timeout 20 "$f.drop" > "$f.out.drop" 2>&1
  if ! cmp -s "$f.out.gc" "$f.out.drop" || grep -q "AddressSanitizer\|compiler bug\|leaked\|double free" "$f.out.drop"; then
    echo "seed $i: gc and drop differ (python3 $HERE/gen_pointer_program.py $i > p.ml0 to reproduce)"
    diff "$f.out.gc" "$f.out.drop" | head -20
    bad=1
  fi
done
exit $bad
