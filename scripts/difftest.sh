#!/usr/bin/env bash
# scripts/difftest.sh N [--go|--rust] [FIRST]: differential testing against
# the real compilers on N generated programs (seeds FIRST.. FIRST+N-1,
# FIRST defaults to 1), with the compiler built in build/.
#   --go    programs that are both ML0 and Go (tests/fuzz/gen_go_twins.py):
#           ml0c's -m lines and -m=2 blocks must equal go1.19's
#           `go build -gcflags='-m -l'` / `-m=2 -l` byte for byte, and the
#           program must print what `go run` prints (tests/fuzz/go_diff.sh)
#   --rust  ML0 programs with line-aligned Rust twins, checked against
#           rustc (verdict, error code and line): not written yet
# With neither switch, both run. Exits 1 if any program differs.
set -u
N=${1:?usage: scripts/difftest.sh N [--go|--rust] [FIRST]}
MODE=${2:-all}
FIRST=${3:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ML0C=${ML0C:-$ROOT/build/compiler/ml0c}
LAST=$((FIRST + N - 1))
status=0
if [ "$MODE" = --go ] || [ "$MODE" = all ]; then
  echo "== -m against go1.19, seeds $FIRST..$LAST"
  bash "$ROOT/tests/fuzz/go_diff.sh" "$ML0C" "$FIRST" "$LAST" || status=1
  echo "== -m=2 against go1.19, seeds $FIRST..$LAST"
  bash "$ROOT/tests/fuzz/go_diff.sh" "$ML0C" "$FIRST" "$LAST" --m2 || status=1
  echo "== program output against go run, seeds $FIRST..$LAST"
  bash "$ROOT/tests/fuzz/go_diff.sh" "$ML0C" "$FIRST" "$LAST" --run || status=1
fi
if [ "$MODE" = --rust ] || [ "$MODE" = all ]; then
  echo "== --borrowck against rustc: not written yet (tests/fuzz, branch bck)"
fi
exit $status
