#!/usr/bin/env bash
# bench/compile_time.sh: compile-time scaling. Generates ML0 programs of
# 1k, 10k, 100k and 200k lines (bench/gen_program.py) and prints, for each,
# the time and peak memory of `ml0c check` (front end + MIR + escape
# analysis), `check --borrowck`, and `build -O0`.
set -uo pipefail
cd "$(dirname "$0")/.."
ML0C=${ML0C:-build/compiler/ml0c}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo "| lines | check s | check MiB | check --borrowck s | build -O0 s | build -O0 MiB | lines/s (check) |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for n in 1000 10000 100000 200000; do
  python3 bench/gen_program.py --lines $n > "$T/p.ml0"
  /usr/bin/time -o "$T/t" -f "%e %M" "$ML0C" check "$T/p.ml0" >/dev/null 2>&1; c=$(tail -1 "$T/t")
  /usr/bin/time -o "$T/t" -f "%e" "$ML0C" check --borrowck "$T/p.ml0" >/dev/null 2>&1; bc=$(tail -1 "$T/t")
  if [ $n -le 100000 ]; then
    /usr/bin/time -o "$T/t" -f "%e %M" "$ML0C" build -O0 "$T/p.ml0" -o "$T/p" >/dev/null 2>&1; b=$(tail -1 "$T/t")
  else
    b="- -"
  fi
  set -- $c $b
  echo "| $n | $1 | $(($2 / 1024)) | $bc | $3 | $( [ "$4" = - ] && echo - || echo $(($4 / 1024))) | $(awk -v n=$n -v t=$1 'BEGIN {printf "%.0f", n / (t > 0 ? t : 0.001)}') |"
done
