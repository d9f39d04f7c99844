. "$(dirname "$0")/lib.bash"
# Every benchmark program compiles (running them is bench/run.sh's job).
for f in "$SRC"/bench/ml0/*.ml0; do
    "$ML0C" check "$f" || fail "bench program $f does not compile"
done
