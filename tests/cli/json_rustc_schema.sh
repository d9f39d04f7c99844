# --diagnostics=json is rustc's --error-format=json: every borrowck, sema
# and syntax error test, run with its own ARGS, gives only lines that parse
# as cargo's Diagnostic (json_schema.py), with as many errors as the human
# form reports. Usage errors, I/O errors and warnings are JSON too.
. "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || exit 0
CHECK="$(dirname "$0")/json_schema.py"
n=0
for f in "$SRC"/tests/borrowck/*.ml0 "$SRC"/tests/sema/*.ml0 "$SRC"/tests/syntax/*.ml0; do
    args=$(sed -n 's|^// ARGS: ||p' "$f" | head -1)
    # shellcheck disable=SC2086
    "$ML0C" check $args --diagnostics=json "$f" >/dev/null 2>"$TMP/j" </dev/null
    # shellcheck disable=SC2086
    "$ML0C" check $args "$f" >/dev/null 2>"$TMP/h" </dev/null
    python3 "$CHECK" "$TMP/j" >"$TMP/r" || fail "$f: $(cat "$TMP/r")"
    je=$(grep -c '^{"\$message_type":"diagnostic","message":.*"level":"error"' "$TMP/j")
    he=$(grep -v 'could not compile' "$TMP/h" | grep -cE '(^|: )error(\[E[0-9]+\])?:')
    grep -q ': too many errors$' "$TMP/h" && continue   # the human form stops at ten, as Go's
    [ "$je" = "$he" ] || fail "$f: $je errors in JSON, $he in the human form"
    n=$((n + 1))
done
[ $n -gt 100 ] || fail "only $n test files found"
# Messages that are not about the program are JSON too.
for cmd in "check --diagnostics=json $TMP/missing.ml0" "check --diagnostics=json --bogus $SRC/examples/add.ml0" \
           "check --diagnostics=json -o x $SRC/examples/add.ml0" "check --diagnostics=json $SRC/examples"; do
    # shellcheck disable=SC2086
    "$ML0C" $cmd >/dev/null 2>"$TMP/j"
    [ -s "$TMP/j" ] || fail "'$cmd' said nothing"
    python3 "$CHECK" "$TMP/j" >"$TMP/r" || fail "'$cmd': $(cat "$TMP/r")"
done
# A file name that is not UTF-8 and has a quote still gives valid JSON.
bad=$(printf '%s/a"b\377.ml0' "$TMP")
printf 'func main() {\n    println(y)\n}\n' >"$bad"
"$ML0C" check --diagnostics=json "$bad" 2>"$TMP/j"
python3 "$CHECK" "$TMP/j" >"$TMP/r" || fail "odd file name: $(cat "$TMP/r")"
# A linker failure is one JSON diagnostic, the linker's words in a child.
CC=false "$ML0C" build --diagnostics=json -o "$TMP/x" "$SRC/examples/add.ml0" 2>"$TMP/j"
python3 "$CHECK" "$TMP/j" >"$TMP/r" || fail "linker failure: $(cat "$TMP/r")"
grep -q '"message":"linking' "$TMP/j" || fail "no linking diagnostic: $(cat "$TMP/j")"
exit 0
