#!/usr/bin/env bash
# bench/compile_time.sh: compile-time scaling. Generates ML0 programs of
# 1k to 500k lines (bench/gen_program.py) and prints, for each, the median
# wall time over RUNS runs (default 5) and the peak memory of `ml0c check`
# (front end + MIR + escape analysis), the wall time of `check --borrowck`
# and of `build -O0` (up to 100k lines), and check's lines per second.
# Wall time is what a user waits for: ml0c maps arena memory ahead on a
# second thread, so CPU time (user+sys, also shown) can exceed it.
set -uo pipefail
cd "$(dirname "$0")/.."
ML0C=${ML0C:-build/compiler/ml0c}
RUNS=${RUNS:-5}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cc -O2 -o "$T/rusage" bench/rusage.c || { echo "cannot build bench/rusage.c" >&2; exit 1; }

# median WHAT CMD...: run CMD RUNS times; prints the median of field WHAT
# of rusage's "user sys wall maxrss" (cpu = user + sys; best = the least
# wall time: this VM's host makes whole minutes 20-30% slower)
median() {
    local what=$1; shift
    for _ in $(seq "$RUNS"); do
        "$T/rusage" "$@" 2>&1 >/dev/null | tail -1
    done | awk -v w="$what" '{ v = w == "cpu" ? $1 + $2 : w == "wall" || w == "best" ? $3 : $4; print v }' |
        sort -g | awk -v w="$what" '{ a[NR] = $1 } END { print w == "best" ? a[1] : a[int((NR + 1) / 2)] }'
}

echo "| lines | check s (wall) | check s (best) | check s (CPU) | check MiB | check --borrowck s | build -O0 s | lines/s (check, median) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for n in 1000 10000 100000 200000 500000; do
    python3 bench/gen_program.py --lines $n > "$T/p.ml0"
    wall=$(median wall "$ML0C" check "$T/p.ml0")
    best=$(median best "$ML0C" check "$T/p.ml0")
    cpu=$(median cpu "$ML0C" check "$T/p.ml0")
    kib=$(median rss "$ML0C" check "$T/p.ml0")
    bck=$(median wall "$ML0C" check --borrowck "$T/p.ml0")
    if [ $n -le 100000 ]; then
        b=$(RUNS=1 median wall "$ML0C" build -O0 "$T/p.ml0" -o "$T/p")
        b=$(printf "%.2f" "$b")
    else
        b=-
    fi
    printf "| %d | %.3f | %.3f | %.3f | %d | %.3f | %s | %.0f |\n" $n "$wall" "$best" "$cpu" $((kib / 1024)) "$bck" "$b" \
        "$(awk -v n=$n -v t="$wall" 'BEGIN { print n / (t > 0 ? t : 0.001) }')"
done
