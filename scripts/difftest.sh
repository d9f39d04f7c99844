#!/bin/sh
# difftest.sh: differential testing of ml0c against the reference compilers.
#
#   scripts/difftest.sh [--rust | --go | --all] N [FIRST]
#
# Generates N programs per side from seed FIRST (default 1) and compares:
#   --rust  ml0c check --borrowck against rustc on line-aligned Rust twins
#           (tests/fuzz/gen_rust_twins.py, compared by tests/fuzz/rust_diff.py:
#           verdict, error code and line; fails on any false accept)
#   --go    ml0c -m against go1.19's -gcflags='-m -l' on Go twins
#           (tests/fuzz/go_diff.py ML0C FIRST LAST, written by the escape side)
#   --all   both (the default)
# Set STRICT=1 to fail on any difference, not only on false accepts.
# Builds build/ first if needed; ML0C overrides the compiler.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
side=all
case "${1:-}" in
--rust) side=rust; shift ;;
--go) side=go; shift ;;
--all) shift ;;
esac
n=${1:?usage: difftest.sh [--rust|--go|--all] N [FIRST]}
first=${2:-1}
last=$((first + n - 1))
ml0c=${ML0C:-$here/build/compiler/ml0c}
[ -x "$ml0c" ] || { cmake -S "$here" -B "$here/build" -G Ninja >/dev/null && ninja -C "$here/build"; }
strict=
[ "${STRICT:-}" = 1 ] && strict=--strict
status=0
if [ "$side" = rust ] || [ "$side" = all ]; then
    python3 "$here/tests/fuzz/rust_diff.py" "$ml0c" "$first" "$last" $strict || status=$?
    [ $status = 77 ] && status=0
fi
if [ "$side" = go ] || [ "$side" = all ]; then
    if [ -f "$here/tests/fuzz/go_diff.py" ]; then
        python3 "$here/tests/fuzz/go_diff.py" "$ml0c" "$first" "$last" || status=$?
    else
        echo "difftest: the Go side (tests/fuzz/go_diff.py) is not there yet"
    fi
fi
exit $status
