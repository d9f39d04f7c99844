#!/usr/bin/env bash
# setup.sh: the quick start's first command. Installs what is missing
# (Debian/Ubuntu packages), builds ml0c into build/, then shows every
# example: its escape decisions (-m), its output under both runtimes (with
# the drop runtime's allocation counts and reference-counting notes), and
# the borrow checker's verdict.
#
#   scripts/setup.sh            install + build + run the examples
#   scripts/setup.sh --deps     install only
#   scripts/setup.sh --bench    also install the benchmark tools (hyperfine, gnuplot)
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(cmake ninja-build gcc pkg-config re2c lemon libgc-dev llvm-dev clang libclang-rt-dev python3 libcjson-dev gdb golang-go)
want_bench=0; deps_only=0
for a in "$@"; do
  case "$a" in
    --deps) deps_only=1 ;;
    --bench) want_bench=1 ;;
    *) echo "setup.sh: unknown option '$a'" >&2; exit 2 ;;
  esac
done
[ "$want_bench" = 1 ] && PKGS+=(hyperfine gnuplot-nox)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing packages; run:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
[ "$deps_only" = 1 ] && exit 0

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build
ML0C=build/compiler/ml0c
for f in examples/*.ml0; do
  echo "== $f"
  echo "-- escape decisions (ml0c check -m):"
  "$ML0C" check -m "$f" || true
  echo "-- run, GC runtime:"
  "$ML0C" run "$f" || echo "(exit status $?)"
  echo "-- run, drop runtime (ML0DEBUG=allocstats=1):"
  ML0DEBUG=allocstats=1 "$ML0C" run --runtime=drop "$f" 2>&1 || echo "(exit status $?)"
  counted=$("$ML0C" check -m --runtime=drop "$f" 2>&1 | grep -e 'reference counted' -e 'heap under --runtime=drop' || true)
  if [ -n "$counted" ]; then echo "-- reference counting (ml0c check -m --runtime=drop):"; echo "$counted"; fi
  echo "-- ownership (ml0c check --borrowck):"
  if "$ML0C" check --borrowck "$f" 2>/tmp/ml0c-bck.$$; then echo "accepted"; else grep '^error\[' /tmp/ml0c-bck.$$; fi
  rm -f /tmp/ml0c-bck.$$
done
