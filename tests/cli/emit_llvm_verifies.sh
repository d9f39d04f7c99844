. "$(dirname "$0")/lib.bash"
OPT=$(llvm-config --bindir)/opt
for f in "$SRC"/examples/*.ml0; do
    for o in -O0 -O2; do
        "$ML0C" build --emit=llvm $o "$f" -o "$TMP/out.ll" || fail "emit llvm $f"
        "$OPT" -passes=verify -disable-output "$TMP/out.ll" || fail "opt verify $f $o"
    done
done
