. "$(dirname "$0")/lib.bash"
# The emitted IR passes the verifier of the LLVM ml0c was built with (its
# version from --version: opt-14 for LLVM 14, and so on), not whichever
# opt is first on PATH.
major=$("$ML0C" --version | sed -n 's/.*(LLVM \([0-9]*\)\..*/\1/p')
[ -n "$major" ] || fail "--version does not name the LLVM: $("$ML0C" --version)"
OPT=""
for c in "llvm-config-$major" "/usr/lib/llvm-$major/bin/llvm-config" llvm-config; do
    bindir=$("$c" --bindir 2>/dev/null) || continue
    [ "$("$c" --version | cut -d. -f1)" = "$major" ] || continue
    [ -x "$bindir/opt" ] && OPT="$bindir/opt" && break
done
[ -n "$OPT" ] || { echo "no opt for LLVM $major: skipped"; exit 0; }
for f in "$SRC"/examples/*.ml0; do
    for o in -O0 -O2; do
        "$ML0C" build --emit=llvm $o "$f" -o "$TMP/out.ll" || fail "emit llvm $f"
        "$OPT" -passes=verify -disable-output "$TMP/out.ll" || fail "opt verify $f $o"
    done
done
