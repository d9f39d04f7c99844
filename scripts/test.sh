#!/usr/bin/env bash
# test.sh: the quick start's second command, and what CI runs. Makes sure
# the build dependencies are there, builds ml0c, and runs the whole ctest
# suite (every .ml0 test under each runtime, unit tests, CLI tests).
#
#   scripts/test.sh                          LLVM found by CMake, into build/
#   scripts/test.sh --llvm-config=PATH       another installed LLVM (e.g.
#                                            /usr/bin/llvm-config-15), built
#                                            into build-llvm<MAJOR>/
# Other arguments go to ctest (e.g. -L cli, -R escape/).
set -euo pipefail
cd "$(dirname "$0")/.."
llvm_config=""
ctest_args=()
for a in "$@"; do
  case "$a" in
    --llvm-config=*) llvm_config="${a#--llvm-config=}" ;;
    *) ctest_args+=("$a") ;;
  esac
done
build=build
cmake_args=()
if [ -n "$llvm_config" ]; then
  [ -x "$llvm_config" ] || llvm_config=$(command -v "$llvm_config" || true)
  [ -n "$llvm_config" ] || { echo "test.sh: no llvm-config at '${a#--llvm-config=}'" >&2; exit 2; }
  build="build-llvm$("$llvm_config" --version | cut -d. -f1)"
  cmake_args+=(-DLLVM_CONFIG="$llvm_config")
else
  scripts/setup.sh --deps
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cmake_args[@]}" >/dev/null
ninja -C "$build"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "${ctest_args[@]}"
