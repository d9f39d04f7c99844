# `cmake --install` into a fresh prefix, the prefix then moved (so no path
# fixed at install time can help), and the build tree out of reach: the
# installed ml0c must find its runtime beside itself and run a program.
# A build folder copied elsewhere must work as well.
. "$(dirname "$0")/lib.bash"
BUILD=$(cd "$(dirname "$ML0C")/.." && pwd)
command -v cmake >/dev/null || exit 0
expect_status 0 cmake --install "$BUILD" --prefix "$TMP/P"
mv "$TMP/P" "$TMP/Q"
for f in bin/ml0c lib/ml0c/libml0rt_gc.a lib/ml0c/libml0rt_drop.a lib/ml0c/ml0rt_gc.link \
         share/doc/ml0c/README.md share/doc/ml0c/docs/LANGUAGE.md share/doc/ml0c/examples/keep.ml0; do
    [ -e "$TMP/Q/$f" ] || fail "not installed: $f"
done
expect_status 0 "$TMP/Q/bin/ml0c" --print-runtime-dir
[ "$OUT" = "$TMP/Q/lib/ml0c" ] || fail "installed ml0c takes its runtime from '$OUT'"
cd "$TMP" || fail "cd"
expect_status 0 "$TMP/Q/bin/ml0c" run "$TMP/Q/share/doc/ml0c/examples/keep.ml0"
expect_out "done, kept: 1000"
expect_status 0 "$TMP/Q/bin/ml0c" run --runtime=drop "$SRC/examples/keep.ml0"
expect_out "done, kept: 1000"
expect_status 0 "$TMP/Q/bin/ml0c" --help
expect_out "--runtime-dir=DIR"

# A build tree copied elsewhere: compiler/ml0c finds ../runtime.
mkdir -p "$TMP/b/compiler" "$TMP/b/runtime"
cp "$ML0C" "$TMP/b/compiler/"
cp "$BUILD"/runtime/libml0rt_*.a "$BUILD"/runtime/ml0rt_*.link "$TMP/b/runtime/"
expect_status 0 "$TMP/b/compiler/ml0c" --print-runtime-dir
[ "$OUT" = "$TMP/b/runtime" ] || fail "copied build tree takes its runtime from '$OUT'"
expect_status 0 "$TMP/b/compiler/ml0c" run "$SRC/examples/keep.ml0"
expect_out "done, kept: 1000"
# --runtime-dir still wins, and a wrong one says where it looked.
expect_status 1 "$TMP/b/compiler/ml0c" run --runtime-dir="$TMP/nowhere" "$SRC/examples/keep.ml0"
expect_out "runtime library '$TMP/nowhere/libml0rt_gc.a' not found"
