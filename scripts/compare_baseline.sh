#!/usr/bin/env bash
# scripts/compare_baseline.sh: is ml0c's output unchanged? Runs two
# compilers, BASE and NEW, over every tests/**/*.ml0, examples/*.ml0,
# bench/ml0/*.ml0 and GEN programs from tests/fuzz/gen_pointer_program.py
# (seeds 1..GEN), in each of these modes:
#
#   m        check -m                    (Go's -m lines)
#   m2       check -m=2                  (flow paths)
#   mdrop    check -m --runtime=drop     (the reference-counting notes)
#   m2drop   check -m=2 --runtime=drop
#   explain  check --explain NAME        (for the first two names declared)
#   bck      check --borrowck            (borrow errors, rustc layout)
#   llgc     build --emit=llvm -O0 -o -  (the generated IR, gc runtime)
#   lldrop   build --emit=llvm -O0 -o - --runtime=drop
#
# and compares standard output, standard error and the exit status byte
# for byte (MODES="m m2" picks modes). Prints one line per mode
# (same/different counts), the first differences, and exits 1 if anything
# differs.
#
#   BASE=path/to/reference/ml0c NEW=build/compiler/ml0c \
#       GEN=300 JOBS=2 scripts/compare_baseline.sh
set -uo pipefail
cd "$(dirname "$0")/.."

MODES=${MODES:-m m2 mdrop m2drop explain bck llgc lldrop}

# one BIN FILE MODE: the compiler's whole answer, as one text.
one() {
    local bin=$1 f=$2 mode=$3 st
    case $mode in
    m) "$bin" check -m "$f" 2>&1; st=$? ;;
    m2) "$bin" check -m=2 "$f" 2>&1; st=$? ;;
    mdrop) "$bin" check -m --runtime=drop "$f" 2>&1; st=$? ;;
    m2drop) "$bin" check -m=2 --runtime=drop "$f" 2>&1; st=$? ;;
    bck) "$bin" check --borrowck "$f" 2>&1; st=$? ;;
    llgc) "$bin" build --emit=llvm -O0 -o - "$f" 2>&1; st=$? ;;
    lldrop) "$bin" build --emit=llvm -O0 --runtime=drop -o - "$f" 2>&1; st=$? ;;
    explain)
        st=0
        for n in $(grep -aoE '\b[a-z][A-Za-z0-9_]* :?= ' "$f" | awk '{print $1}' | awk '!s[$0]++' | head -2); do
            echo "--explain $n"
            "$bin" check --explain "$n" "$f" 2>&1
            st=$((st * 10 + $?))
        done ;;
    esac
    echo "exit $st"
}

# compare FILE MODE: prints "same MODE" or "diff MODE FILE".
compare() {
    local f=$1 mode=$2
    if [ "$(one "$BASE" "$f" "$mode")" == "$(one "$NEW" "$f" "$mode")" ]; then
        echo "same $mode"
    else
        echo "diff $mode $f"
    fi
}

if [ "${1:-}" = --one ]; then
    compare "$2" "$3"
    exit 0
fi

BASE=${BASE:?set BASE to the reference compiler}
NEW=${NEW:-build/compiler/ml0c}
GEN=${GEN:-300}
JOBS=${JOBS:-2}
export BASE NEW
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

for s in $(seq "$GEN"); do
    python3 tests/fuzz/gen_pointer_program.py "$s" > "$T/gen$s.ml0"
done
{ find tests -name '*.ml0' | sort; ls examples/*.ml0 bench/ml0/*.ml0; ls "$T"/gen*.ml0; } > "$T/files"
for m in $MODES; do
    sed "s|\$| $m|" "$T/files"
done | xargs -P "$JOBS" -n 2 "$0" --one > "$T/results"

echo "files: $(wc -l < "$T/files") (GEN=$GEN generated)"
for m in $MODES; do
    printf "%-8s same %5d  different %d\n" "$m" "$(grep -c "^same $m\$" "$T/results")" \
        "$(grep -c "^diff $m " "$T/results")"
done
if grep -q '^diff' "$T/results"; then
    echo "first differences:"
    grep '^diff' "$T/results" | head -20
    exit 1
fi
echo "all identical"
