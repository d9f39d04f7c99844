#!/usr/bin/env bash
# bench/pass_scaling.sh: per-function scaling. bench/gen_addr_switch.py
# writes one main with N variables passed by address (&x) inside a
# switch inside a for loop; for N in SIZES (default 50 100 200 400) this
# prints the CPU seconds (user+sys, best of RUNS runs, default 3) of:
#   check         front end, MIR, escape analysis
#   -m            the same printing Go's escape decisions
#   --borrowck    the borrow checker (the program is rejected: it shares)
#   mir:drop      up to drop elaboration (--runtime=drop, no LLVM)
#   gc -O2, drop -O2, drop -O0   whole builds (LLVM included)
# Each column should grow linearly: doubling N about doubles the time.
# Not a test: timings on a shared machine vary; read the ratios.
set -uo pipefail
cd "$(dirname "$0")/.."
ML0C=${ML0C:-build/compiler/ml0c}
RUNS=${RUNS:-3}
SIZES=${SIZES:-"50 100 200 400"}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cc -O2 -o "$T/rusage" bench/rusage.c || { echo "cannot build bench/rusage.c" >&2; exit 1; }

# cpu CMD...: the least user+sys seconds over RUNS runs of CMD
cpu() {
    for _ in $(seq "$RUNS"); do
        "$T/rusage" "$@" 2>&1 >/dev/null | tail -1
    done | awk '{ print $1 + $2 }' | sort -g | head -1
}

echo "| N | main's MIR lines | check | -m | --borrowck | mir:drop | gc -O2 | drop -O2 | drop -O0 |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for n in $SIZES; do
    p="$T/p$n.go"
    python3 bench/gen_addr_switch.py "$n" > "$p"
    lines=$("$ML0C" build --runtime=drop --emit=mir:drop -o - "$p" | wc -l)
    row="| $n | $lines"
    row+=" | $(cpu "$ML0C" check "$p")"
    row+=" | $(cpu "$ML0C" check -m "$p")"
    row+=" | $(cpu "$ML0C" check --borrowck "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=drop --emit=mir:drop -o "$T/o.mir" "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=gc -O2 -o "$T/o" "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=drop -O2 -o "$T/o" "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=drop -O0 -o "$T/o" "$p")"
    echo "$row |"
done
