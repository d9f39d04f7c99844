#!/bin/sh
# difftest.sh: differential testing of ml0c against the reference compilers.
#
#   scripts/difftest.sh [--rust | --go | --go-ext | --go-more | --go-student | --go-lab | --all] N [FIRST]
#   scripts/difftest.sh N [--rust | --go | --go-ext | --go-more | --go-student | --go-lab | --all] [FIRST]
#
# Generates N programs per side from seed FIRST (default 1) and compares:
#   --rust  ml0c check --borrowck against rustc on line-aligned Rust twins
#           (tests/fuzz/gen_rust_twins.py, compared by tests/fuzz/rust_diff.py:
#           verdict, error code and line; fails on any false accept)
#   --go    ml0c against go1.19 on Go twins (tests/fuzz/gen_go_twins.py,
#           compared by tests/fuzz/go_diff.sh): -m lines byte for byte with
#           `go build -gcflags='-m -l'` (fails on any difference), then -m=2
#           blocks with `-m=2 -l` and the program's output with `go run`
#           (reported; they fail the run only with STRICT=1)
#   --go-ext the same with tests/fuzz/gen_go_twins_ext.py (interfaces, maps,
#           method values, defer, fmt, errors, strings.Builder; own seeds)
#   --go-more the same with tests/fuzz/gen_go_twins_more.py (switches, labels,
#           goto, embedding, named types, variadics, runes, wrap-around,
#           strconv/strings/sort, fmt verbs, panic/recover; own seeds; the
#           output under both runtimes)
#   --go-student the same with tests/fuzz/gen_go_twins_student.py (value
#           receivers through pointers, embedded structs, maps of slices,
#           returned closures, structs with pointer fields, Builder with
#           Sprintf/Fprintf, interfaces holding pointers, defer in loops,
#           multiple results; own seeds; the output under both runtimes)
#   --go-lab the same with tests/fuzz/gen_go_twins_lab.py (maps of structs,
#           slices of slices, closures over loop variables, methods on
#           elements, arrays as values, bytes of strings, fallthrough,
#           error values, embedded interfaces, Stringers; own seeds; the
#           output under both runtimes)
#   --all   all six (the default)
# Set STRICT=1 to fail on any difference, not only on false accepts.
# Builds build/ first if needed; ML0C overrides the compiler.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
side=all
case "${1:-}" in
--rust) side=rust; shift ;;
--go) side=go; shift ;;
--go-ext) side=goext; shift ;;
--go-more) side=gomore; shift ;;
--go-student) side=gostudent; shift ;;
--go-lab) side=golab; shift ;;
--all) shift ;;
esac
n=${1:?usage: difftest.sh [--rust|--go|--all] N [FIRST]}
shift
case "${1:-}" in
--rust) side=rust; shift ;;
--go) side=go; shift ;;
--go-ext) side=goext; shift ;;
--go-more) side=gomore; shift ;;
--go-student) side=gostudent; shift ;;
--go-lab) side=golab; shift ;;
--all) shift ;;
esac
first=${1:-1}
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
go_side() {   # go_side [--ext]: the three comparisons of one generator
    go_status=0
    echo "== -m against go1.19, seeds $first..$last $*"
    bash "$here/tests/fuzz/go_diff.sh" "$ml0c" "$first" "$last" "$@" || go_status=$?
    if [ $go_status != 77 ]; then
        [ $go_status = 0 ] || status=1
        run=--run
    case "${1:-}" in --more | --student | --lab) run=--run-both ;; esac
    for mode in --m2 $run; do
            echo "== ${mode#--} against go1.19, seeds $first..$last $*"
            bash "$here/tests/fuzz/go_diff.sh" "$ml0c" "$first" "$last" "$@" $mode ||
                { [ -n "$strict" ] && status=1; }
        done
    fi
}
if [ "$side" = go ] || [ "$side" = all ]; then
    go_side
fi
if [ "$side" = goext ] || [ "$side" = all ]; then
    go_side --ext
fi
if [ "$side" = gomore ] || [ "$side" = all ]; then
    go_side --more
fi
if [ "$side" = gostudent ] || [ "$side" = all ]; then
    go_side --student
fi
if [ "$side" = golab ] || [ "$side" = all ]; then
    go_side --lab
fi
exit $status
