# `-o -` writes every emit but an executable to standard output, pipes
# included: an object file used to die in LLVM ("IO failure on output
# stream", exit 134) because LLVM's file writer seeks.
. "$(dirname "$0")/lib.bash"
"$ML0C" build --emit=obj -o - "$SRC/examples/add.ml0" | cat >"$TMP/add.o"
[ "${PIPESTATUS[0]}" = 0 ] || fail "--emit=obj -o - into a pipe failed"
[ "$(head -c4 "$TMP/add.o" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "not an ELF object"
cc -o "$TMP/add" "$TMP/add.o" "$("$ML0C" --print-runtime-dir)/libml0rt_drop.a" -lm 2>/dev/null &&
    [ "$("$TMP/add")" = 5 ] || true    # (linking is the runtime's business; the object must be whole)
"$ML0C" build --emit=asm -o - "$SRC/examples/add.ml0" | grep -q '^main:' || fail "--emit=asm -o - has no main"
"$ML0C" build --emit=llvm -o - "$SRC/examples/add.ml0" | grep -q '^define' || fail "--emit=llvm -o -"
expect_status 2 "$ML0C" build --emit=exe -o - "$SRC/examples/add.ml0"
