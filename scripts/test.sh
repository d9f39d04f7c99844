#!/usr/bin/env bash
# test.sh: the quick start's second command, and what CI runs. Makes sure
# the build dependencies are there, builds ml0c, and runs the whole ctest
# suite (every .ml0 test under each runtime, unit tests, CLI tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
