. "$(dirname "$0")/lib.bash"
# Colours: --color=always|never decide; auto (the default) colours a
# terminal unless NO_COLOR is non-empty or TERM=dumb, and CLICOLOR_FORCE
# colours even a pipe (script(1) fakes a tty).
M="$SRC/examples/move.ml0"
OUT=$("$ML0C" check --borrowck "$M" 2>&1)
grep -q $'\033' <<<"$OUT" && fail "colour escapes without a terminal"
OUT=$("$ML0C" check --borrowck --color=always "$M" 2>&1)
grep -q $'\033\[1;31m' <<<"$OUT" || fail "--color=always gave no colour"
OUT=$(CLICOLOR_FORCE=1 "$ML0C" check --borrowck "$M" 2>&1)
grep -q $'\033\[1;31m' <<<"$OUT" || fail "CLICOLOR_FORCE=1 gave no colour"
OUT=$(CLICOLOR_FORCE=0 "$ML0C" check --borrowck "$M" 2>&1)
grep -q $'\033' <<<"$OUT" && fail "CLICOLOR_FORCE=0 coloured"
OUT=$(NO_COLOR=1 CLICOLOR_FORCE=1 "$ML0C" check --borrowck "$M" 2>&1)
grep -q $'\033' <<<"$OUT" && fail "NO_COLOR lost to CLICOLOR_FORCE"
OUT=$(NO_COLOR=1 "$ML0C" check --borrowck --color=always "$M" 2>&1)
grep -q $'\033' <<<"$OUT" || fail "--color=always lost to NO_COLOR"
OUT=$("$ML0C" check --borrowck --color=always --diagnostics=json "$M" 2>&1)
grep -q $'\033' <<<"$OUT" && fail "colour inside JSON"
expect_status 2 "$ML0C" check --color=sometimes "$M"
if command -v script >/dev/null; then
    T=$(TERM=xterm script -qec "$ML0C check --borrowck $M" /dev/null 2>&1)
    grep -q $'\033\[1;31m' <<<"$T" || fail "no colour on a terminal: $T"
    T=$(NO_COLOR=1 script -qec "$ML0C check --borrowck $M" /dev/null 2>&1)
    grep -q $'\033' <<<"$T" && fail "colour despite NO_COLOR"
    T=$(NO_COLOR= TERM=xterm script -qec "$ML0C check --borrowck $M" /dev/null 2>&1)
    grep -q $'\033\[1;31m' <<<"$T" || fail "an empty NO_COLOR turned colour off"
    T=$(TERM=dumb script -qec "$ML0C check --borrowck $M" /dev/null 2>&1)
    grep -q $'\033' <<<"$T" && fail "colour on TERM=dumb"
    T=$(TERM=xterm script -qec "$ML0C check --borrowck --color=never $M" /dev/null 2>&1)
    grep -q $'\033' <<<"$T" && fail "colour despite --color=never"
fi
exit 0
