. "$(dirname "$0")/lib.bash"
# Colours only on a terminal, and never with NO_COLOR (script(1) fakes a tty).
OUT=$("$ML0C" check --borrowck "$SRC/examples/move.ml0" 2>&1)
grep -q $'\033' <<<"$OUT" && fail "colour escapes without a terminal"
if command -v script >/dev/null; then
    T=$(script -qec "$ML0C check --borrowck $SRC/examples/move.ml0" /dev/null 2>&1)
    grep -q $'\033\[1;31m' <<<"$T" || fail "no colour on a terminal: $T"
    T=$(NO_COLOR=1 script -qec "$ML0C check --borrowck $SRC/examples/move.ml0" /dev/null 2>&1)
    grep -q $'\033' <<<"$T" && fail "colour despite NO_COLOR"
fi
exit 0
