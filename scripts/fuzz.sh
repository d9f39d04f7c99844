#!/usr/bin/env bash
# fuzz.sh: coverage-guided fuzzing of ml0c with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS] [LIBFUZZER FLAGS...]     (default 60 s)
#   scripts/fuzz.sh 0 -runs=200000                      (a number of inputs)
#   scripts/fuzz.sh --smoke                             (ctest fuzz/libfuzzer)
#
# Builds compiler/fuzz/fuzz_target.c (every input compiled as `check -m=2
# --borrowck`, under --borrowck --runtime=drop, and to LLVM IR under the
# counted drop runtime) with clang -fsanitize=fuzzer,address,undefined into
# build-fuzz/ (FUZZ_BUILD overrides), seeds build-fuzz/seeds/ with the test
# corpus (tests/**/*.ml0, tests/labs/*.go, examples/*.ml0), and runs one
# worker at nice 19 with a 5 s timeout per input. New inputs go to
# build-fuzz/corpus/; a crash, hang, leak or internal compiler error is
# saved as build-fuzz/findings/{crash,timeout,leak,...}-HASH and fails the
# run (minimise it with `ml0c_fuzz -minimize_crash=1 -runs=10000 FILE`, then
# add it to tests/crash/). --smoke runs the harness once on every file of
# tests/crash/ (each a past finding or a hostile input), then fuzzes for
# 5 s from them in a scratch corpus (its build not niced). Exits 77 (skip)
# without clang or its fuzzer runtime. The final stats (number of inputs,
# cov: edges) end the output.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
if [ "${1:-}" = --smoke ]; then
  smoke=1
  shift
fi
secs=${1:-60}
shift || true
build=${FUZZ_BUILD:-build-fuzz}
if ! command -v clang >/dev/null 2>&1; then
  echo "fuzz.sh: skipped: no clang" >&2
  exit 77
fi
if ! echo 'int LLVMFuzzerTestOneInput(const char *d, long n) { return 0; }' |
     clang -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1; then
  echo "fuzz.sh: skipped: clang has no libFuzzer runtime (-fsanitize=fuzzer)" >&2
  exit 77
fi
if [ ! -f "$build/build.ninja" ]; then
  CC=clang cmake -S . -B "$build" -G Ninja -DML0C_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# --smoke builds at the suite's own priority: ctest starts fuzz/libfuzzer
# first (its COST) and the run waits for it; at nice 19 the build only got
# what the rest of the suite and a loaded machine left it.
nice_build=(nice -n 19)
[ $smoke = 0 ] || nice_build=()
"${nice_build[@]}" ninja -C "$build" -j2 ml0c_fuzz >/dev/null
fuzz="$build/compiler/ml0c_fuzz"
mkdir -p "$build/findings"
if [ $smoke = 1 ]; then
  "$fuzz" -timeout=5 -close_fd_mask=3 tests/crash/*.ml0 2>&1 | grep -v '^Running:\|^Executed' || true
  [ "${PIPESTATUS[0]}" = 0 ] || exit 1
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  nice -n 19 "$fuzz" -max_total_time=5 -timeout=5 -rss_limit_mb=2048 -max_len=65536 -close_fd_mask=3 \
    -print_final_stats=1 -artifact_prefix="$build/findings/" "$scratch" tests/crash
  exit
fi
mkdir -p "$build/seeds" "$build/corpus" "$build/findings"
if [ -z "$(ls -A "$build/seeds")" ]; then
  find tests examples -name '*.ml0' -o -path 'tests/labs/*.go' | while read -r f; do
    cp "$f" "$build/seeds/$(echo "$f" | tr / _)"
  done
fi
limit=()
[ "$secs" != 0 ] && limit=(-max_total_time="$secs")
exec nice -n 19 "$fuzz" "${limit[@]}" -timeout=5 -rss_limit_mb=2048 \
  -max_len=65536 -close_fd_mask=3 -print_final_stats=1 -artifact_prefix="$build/findings/" \
  "$@" "$build/corpus" "$build/seeds"
