#!/usr/bin/env bash
# tests/fuzz/go_diff.sh ML0C FIRST LAST [--ext | --more | --order | --student | --lab] [--m2] [--run | --run-both] [--no-m]:
# differential test of escape analysis against go1.19. For each seed,
# gen_go_twins.py (with --ext gen_go_twins_ext.py: interfaces, maps, method
# values, defer, fmt, errors, strings.Builder; with --more
# gen_go_twins_more.py: switches, labels, goto, embedding, named types,
# variadics, runes, wrap-around, strconv/strings/sort, fmt verbs,
# panic/recover; with --order gen_go_twins_order.py: calls changing the
# variables read around them, in every expression context; with --student
# gen_go_twins_student.py: value receivers through pointers, embedded
# structs, maps of slices, returned closures, structs with pointer fields,
# Builder, interfaces holding pointers, defer in loops, multiple results;
# with --lab gen_go_twins_lab.py: maps of structs updated through a copy,
# slices of slices, closures over loop variables, pointer methods on
# elements, arrays as values, bytes of strings, fallthrough, swaps of
# elements, error values, embedded interfaces, Stringers in fmt)
# writes a
# program that is both ML0 and Go; go_twin_diff.py compares ml0c's -m lines
# (with --m2 its -m=2 blocks) with `go build -gcflags='-m -l'` byte for
# byte, and with --run the program's output with `go run` (--run-both: under
# both runtimes; --no-m: the output only). Prints the
# differing seeds and an "N of M agree" line; exits 1 on any difference,
# 77 (skipped) without go.
set -u
ML0C=$1; FIRST=$2; LAST=$3; shift 3
HERE=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null || { echo "go_diff: no go on PATH, skipped"; exit 77; }
GEN=gen_go_twins.py
ARGS=()
for a in "$@"; do
    case $a in
    --ext) GEN=gen_go_twins_ext.py ;;
    --more) GEN=gen_go_twins_more.py ;;
    --order) GEN=gen_go_twins_order.py ;;
    --student) GEN=gen_go_twins_student.py ;;
    --lab) GEN=gen_go_twins_lab.py ;;
    *) ARGS+=("$a") ;;
    esac
done
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
python3 "$HERE/$GEN" "$FIRST" "$LAST" "$T"
python3 "$HERE/go_twin_diff.py" "$ML0C" --quiet "${ARGS[@]}" $(for i in $(seq "$FIRST" "$LAST"); do echo "$T/seed$i.ml0"; done)
