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
# GEN picks the program: addr_switch (default), or bench/gen_borrows.py's
# straight or loop (N borrows in one straight main, or in one loop body).
# QUICK=1 times only check, --borrowck and mir:drop (no LLVM builds).
# Not a test: timings on a shared machine vary; read the ratios.
set -uo pipefail
cd "$(dirname "$0")/.."
ML0C=${ML0C:-build/compiler/ml0c}
RUNS=${RUNS:-3}
SIZES=${SIZES:-"50 100 200 400"}
GEN=${GEN:-addr_switch}
QUICK=${QUICK:-0}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cc -O2 -o "$T/rusage" bench/rusage.c || { echo "cannot build bench/rusage.c" >&2; exit 1; }

# cpu CMD...: the least user+sys seconds over RUNS runs of CMD
cpu() {
    for _ in $(seq "$RUNS"); do
        "$T/rusage" "$@" 2>&1 >/dev/null | tail -1
    done | awk '{ print $1 + $2 }' | sort -g | head -1
}

if [ "$QUICK" = 1 ]; then
    echo "| N | main's MIR lines | check | --borrowck | mir:drop |"
    echo "| --- | --- | --- | --- | --- |"
else
    echo "| N | main's MIR lines | check | -m | --borrowck | mir:drop | gc -O2 | drop -O2 | drop -O0 |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
fi
for n in $SIZES; do
    case "$GEN" in
    addr_switch) p="$T/p$n.go"; python3 bench/gen_addr_switch.py "$n" > "$p" ;;
    straight|loop) p="$T/p$n.ml0"; python3 bench/gen_borrows.py "$GEN" "$n" > "$p" ;;
    *) echo "pass_scaling.sh: GEN is addr_switch, straight or loop" >&2; exit 1 ;;
    esac
    lines=$("$ML0C" build --runtime=drop --emit=mir:drop -o - "$p" | wc -l)
    row="| $n | $lines"
    row+=" | $(cpu "$ML0C" check "$p")"
    if [ "$QUICK" = 1 ]; then
        row+=" | $(cpu "$ML0C" check --borrowck "$p")"
        row+=" | $(cpu "$ML0C" build --runtime=drop --emit=mir:drop -o "$T/o.mir" "$p")"
        echo "$row |"
        continue
    fi
    row+=" | $(cpu "$ML0C" check -m "$p")"
    row+=" | $(cpu "$ML0C" check --borrowck "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=drop --emit=mir:drop -o "$T/o.mir" "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=gc -O2 -o "$T/o" "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=drop -O2 -o "$T/o" "$p")"
    row+=" | $(cpu "$ML0C" build --runtime=drop -O0 -o "$T/o" "$p")"
    echo "$row |"
done
