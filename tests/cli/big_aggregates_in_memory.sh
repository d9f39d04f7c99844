. "$(dirname "$0")/lib.bash"
# A big struct or array (tests/drop/big_array: a struct holding a
# [10000]*Item) is copied, zeroed and built in memory (memmove, memset,
# one store per field), never as one first-class LLVM value: LLVM splits
# such a value into one SSA value per element, and compiling big_array
# took 25 s of CPU (codegen/body.c, assign_in_memory).
for rt in gc drop; do
    "$ML0C" build --runtime=$rt --emit=llvm -O0 "$SRC/tests/drop/big_array.ml0" -o "$TMP/out.ll" ||
        fail "emit llvm ($rt)"
    if grep -nE '(load|insertvalue|extractvalue) .*\[10000 x [^]]*\] %|= load \[10000 x' "$TMP/out.ll"; then
        fail "a [10000 x ...] value is loaded or built as one SSA value ($rt)"
    fi
done
exit 0
