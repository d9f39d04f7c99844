# lib.sh: helpers for CLI tests. ML0C, SRC come from ctest's environment.
set -u
fail() { echo "FAIL: $*"; exit 1; }
# expect_status WANT CMD...: run CMD, capture output in $OUT, check status
expect_status() {
    local want=$1; shift
    OUT=$("$@" 2>&1); local st=$?
    [ "$st" = "$want" ] || fail "'$*' exited $st, expected $want; output: $OUT"
}
expect_out() { grep -q -- "$1" <<<"$OUT" || fail "output lacks '$1': $OUT"; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
