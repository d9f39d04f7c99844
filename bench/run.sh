#!/usr/bin/env bash
# bench/run.sh: build every workload in ML0 (gc and drop runtimes), Go
# and Rust, run them ROUNDS times alternating between
# implementations, check that all print the same checksum, and print a
# table of medians (CPU = user+sys, wall, peak RSS) with ML0's ratio to Go
# and Rust. The table also goes to docs/performance.md.
#
#   bench/run.sh [--rounds N] [--only NAME] [--no-doc]
# Peers: `go` (scripts/setup.sh --bench installs golang-go) and `rustc`.
# A missing peer is reported as missing, never silently skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
ROUNDS=5; ONLY=""; DOC=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift ;;
    --only) ONLY=$2; shift ;;
    --no-doc) DOC=0 ;;
    *) echo "usage: bench/run.sh [--rounds N] [--only NAME] [--no-doc]" >&2; exit 2 ;;
  esac
  shift
done
ML0C=${ML0C:-build/compiler/ml0c}
[ -x "$ML0C" ] || { echo "bench: $ML0C not built (run scripts/setup.sh)" >&2; exit 1; }
OUT=build/bench; mkdir -p "$OUT"
cc -O2 -o "$OUT/rusage" bench/rusage.c || { echo "bench: cannot build bench/rusage.c" >&2; exit 1; }
WORKLOADS=(keep churn churn_escape list boxes trees latency maps_int maps_string dispatch)
[ -n "$ONLY" ] && WORKLOADS=("$ONLY")
have_go=1; command -v go >/dev/null || have_go=0
have_rust=1; command -v rustc >/dev/null || have_rust=0

build_all() {
  local w=$1
  "$ML0C" build -O2 --runtime=gc "bench/ml0/$w.ml0" -o "$OUT/$w.ml0gc" || return 1
  if "$ML0C" build -O2 --runtime=drop "bench/ml0/$w.ml0" -o "$OUT/$w.ml0drop" 2>/dev/null; then :; else rm -f "$OUT/$w.ml0drop"; fi
  if [ $have_go = 1 ]; then
    local d; d=$(mktemp -d); cp "bench/go/$w.go" "$d/main.go"; printf 'module b\ngo 1.19\n' > "$d/go.mod"
    (cd "$d" && go build -o "$OLDPWD/$OUT/$w.go" . ) || return 1; rm -rf "$d"
  fi
  if [ $have_rust = 1 ]; then rustc -C opt-level=3 -o "$OUT/$w.rust" "bench/rust/$w.rs" 2>/dev/null || return 1; fi
}

# median of numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

declare -A CPU WALL RSS SUM ALLOCS GCS LAT
run_one() {  # impl workload
  local bin="$OUT/$2.$1" t
  t=$( { "$OUT/rusage" "$bin" > "$OUT/$2.$1.out"; } 2>&1 | tail -1 )
  local l2; l2=$(sed -n 2p "$OUT/$2.$1.out")   # latency workloads: p50 p99 p99.9 max
  [ -n "$l2" ] && LAT[$2.$1]+="$l2;"
  set -- $t "$1" "$2"
  CPU[$6.$5]+="$(awk -v u=$1 -v s=$2 'BEGIN {printf "%.3f", u+s}') "
  WALL[$6.$5]+="$3 "
  RSS[$6.$5]+="$4 "
}

IMPLS=(ml0gc ml0drop go rust)
MACHINE=$(printf 'Machine: %s, %s cores, %s; ml0c %s; %s; %s; %s rounds, medians.' "$(uname -m)" "$(nproc)" \
  "$(date +%Y-%m-%d)" "$("$ML0C" --version | awk '{print $3}')" \
  "$( [ $have_go = 1 ] && go version | awk '{print $3}' || echo 'go: missing')" \
  "$( [ $have_rust = 1 ] && rustc --version | awk '{print $1" "$2}' || echo 'rustc: missing')" "$ROUNDS")
echo "$MACHINE"
for w in "${WORKLOADS[@]}"; do
  build_all "$w" || { echo "bench: building $w failed" >&2; exit 1; }
  for r in $(seq "$ROUNDS"); do
    for i in "${IMPLS[@]}"; do [ -x "$OUT/$w.$i" ] && run_one "$i" "$w"; done
  done
  for i in ml0gc ml0drop; do   # heap allocations and GC cycles, one extra run
    [ -x "$OUT/$w.$i" ] || continue
    st=$(ML0DEBUG=allocstats=1 "$OUT/$w.$i" 2>&1 >/dev/null | grep allocstats)
    ALLOCS[$w.$i]=$(sed -n 's/.*allocs=\([0-9]*\).*/\1/p' <<<"$st")
    GCS[$w.$i]=$(sed -n 's/.*gc_cycles=\([0-9]*\).*/\1/p' <<<"$st")
  done
  ref=""
  for i in "${IMPLS[@]}"; do
    [ -f "$OUT/$w.$i.out" ] || continue
    s=$(head -1 "$OUT/$w.$i.out"); SUM[$w.$i]=$s   # the checksum line
    [ -z "$ref" ] && ref=$s
    [ "$s" = "$ref" ] || { echo "bench: $w: $i printed '$s', expected '$ref'" >&2; exit 1; }
  done
done

table() {
  echo "| workload | impl | CPU s | wall s | peak RSS MiB | heap allocs | GC cycles | CPU vs Go | CPU vs Rust |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for w in "${WORKLOADS[@]}"; do
    g=$(tr ' ' '\n' <<<"${CPU[$w.go]:-}" | grep . | median)
    rs=$(tr ' ' '\n' <<<"${CPU[$w.rust]:-}" | grep . | median)
    for i in "${IMPLS[@]}"; do
      if [ -z "${CPU[$w.$i]:-}" ]; then
        case $i in ml0drop) echo "| $w | ml0 drop | not built | | | | | | |" ;;
                   go) echo "| $w | go | missing | | | | | | |" ;; rust) echo "| $w | rust | missing | | | | | | |" ;; esac
        continue
      fi
      c=$(tr ' ' '\n' <<<"${CPU[$w.$i]}" | grep . | median)
      wl=$(tr ' ' '\n' <<<"${WALL[$w.$i]}" | grep . | median | awk '{printf "%.3f", $1}')
      m=$(tr ' ' '\n' <<<"${RSS[$w.$i]}" | grep . | median | awk '{printf "%.1f", $1/1024}')
      vg=$(awk -v a="$c" -v b="$g" 'BEGIN {if (b=="-"||b==0) print "-"; else printf "%.2fx", a/b}')
      vr=$(awk -v a="$c" -v b="$rs" 'BEGIN {if (b=="-"||b==0) print "-"; else printf "%.2fx", a/b}')
      name=$i; [ $i = ml0gc ] && name="ml0 gc"; [ $i = ml0drop ] && name="ml0 drop"
      echo "| $w | $name | $c | $wl | $m | ${ALLOCS[$w.$i]:--} | ${GCS[$w.$i]:--} | $vg | $vr |"
    done
  done
}
# per-request latency (µs), median of each percentile over the rounds
lat_table() {
  local any=0
  for w in "${WORKLOADS[@]}"; do for i in "${IMPLS[@]}"; do [ -n "${LAT[$w.$i]:-}" ] && any=1; done; done
  [ $any = 1 ] || return 0
  echo
  echo "| workload | impl | p50 µs | p99 µs | p99.9 µs | max µs |"
  echo "| --- | --- | --- | --- | --- | --- |"
  for w in "${WORKLOADS[@]}"; do
    for i in "${IMPLS[@]}"; do
      [ -n "${LAT[$w.$i]:-}" ] || continue
      row=""
      for col in 1 2 3 4; do
        v=$(tr ';' '\n' <<<"${LAT[$w.$i]}" | grep . | awk -v c=$col '{print $c}' | median)
        row+=" $v |"
      done
      name=$i; [ $i = ml0gc ] && name="ml0 gc"; [ $i = ml0drop ] && name="ml0 drop"
      echo "| $w | $name |$row"
    done
  done
}
# An SVG bar chart of each implementation's CPU time relative to Rust's.
chart() {
  command -v gnuplot >/dev/null || { echo "bench: gnuplot missing: no chart (scripts/setup.sh --bench)" >&2; return 0; }
  local dat="$OUT/chart.dat"
  echo "workload ml0-gc ml0-drop go rust" > "$dat"
  for w in "${WORKLOADS[@]}"; do
    local rs; rs=$(tr ' ' '\n' <<<"${CPU[$w.rust]:-}" | grep . | median)
    [ "$rs" = "-" ] && continue
    local row="$w"
    for i in "${IMPLS[@]}"; do
      c=$(tr ' ' '\n' <<<"${CPU[$w.$i]:-}" | grep . | median)
      row+=" $(awk -v a="$c" -v b="$rs" 'BEGIN {if (a=="-"||b==0) print "NaN"; else printf "%.3f", (a<0.001?0.001:a)/b}')"
    done
    echo "$row" >> "$dat"
  done
  gnuplot <<GP
set terminal svg size 900,420 dynamic font "sans,12" noenhanced
set output "docs/performance.svg"
set title "CPU time relative to Rust (lower is better; log scale)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set yrange [0.05:*]
set ytics (0.1, 0.25, 0.5, 1, 2, 4, 8, 16)
set grid ytics
set key outside top center horizontal
set xtics nomirror
plot "$dat" using 2:xtic(1) title "ml0 gc", '' using 3 title "ml0 drop", '' using 4 title "Go", '' using 5 title "Rust"
GP
}

T=$(echo "$MACHINE"; echo; table; lat_table)
echo "$T"
if [ $DOC = 1 ] && [ -z "$ONLY" ]; then
  python3 - "$T" <<'PY'
import sys, re
doc = 'docs/performance.md'
s = open(doc).read()
start, end = '<!-- table -->', '<!-- /table -->'
s = s[:s.index(start) + len(start)] + '\n' + sys.argv[1] + '\n' + s[s.index(end):]
open(doc, 'w').write(s)
PY
  chart
fi
