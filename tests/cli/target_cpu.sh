# Code for any x86-64 by default (a binary runs on another machine), the
# host's CPU with -march=native, a named one with -mcpu=; an unknown name
# is an error, not an LLVM abort.
. "$(dirname "$0")/lib.bash"
A="$SRC/examples/add.ml0"
case "$(uname -m)" in x86_64) ;; *) exit 0 ;; esac
expect_status 0 "$ML0C" build --emit=llvm -o - "$A"
expect_out '"target-cpu"="x86-64"'
expect_status 0 "$ML0C" build --emit=llvm -mcpu=x86-64-v2 -o - "$A"
expect_out '"target-cpu"="x86-64-v2"'
expect_status 0 "$ML0C" build --emit=llvm -march=native -o - "$A"
grep -q '"target-cpu"="x86-64"' <<<"$OUT" && fail "-march=native gave generic code"
expect_status 0 "$ML0C" run -march=native "$A"
expect_status 1 "$ML0C" build -mcpu=bogus9 -o "$TMP/x" "$A"
expect_out "error: unknown CPU 'bogus9'"
