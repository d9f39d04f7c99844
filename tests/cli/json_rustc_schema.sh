# --diagnostics=json is rustc's --error-format=json: every borrowck, sema
# and syntax error test, run with its own ARGS, gives only lines that parse
# as cargo's Diagnostic (json_schema.py), with as many errors as the human
# form reports. Usage errors, I/O errors and warnings are JSON too.
. "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || exit 0
CHECK="$(dirname "$0")/json_schema.py"
# The corpus: one Python run over every file (json_rustc_schema.py says how).
python3 "$(dirname "$0")/json_rustc_schema.py" "$ML0C" "$SRC" >"$TMP/r" || fail "$(cat "$TMP/r")"
# Messages that are not about the program are JSON too (each output in its
# own file, all checked by one json_schema.py run at the end).
i=0
for cmd in "check --diagnostics=json $TMP/missing.ml0" "check --diagnostics=json --bogus $SRC/examples/add.ml0" \
           "check --diagnostics=json -o x $SRC/examples/add.ml0" "check --diagnostics=json $SRC/examples"; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    "$ML0C" $cmd >/dev/null 2>"$TMP/usage$i"
    [ -s "$TMP/usage$i" ] || fail "'$cmd' said nothing"
done
# A file name that is not UTF-8 and has a quote still gives valid JSON.
bad=$(printf '%s/a"b\377.ml0' "$TMP")
printf 'func main() {\n    println(y)\n}\n' >"$bad"
"$ML0C" check --diagnostics=json "$bad" 2>"$TMP/odd_name"
# A linker failure is one JSON diagnostic, the linker's words in a child.
CC=false "$ML0C" build --diagnostics=json -o "$TMP/x" "$SRC/examples/add.ml0" 2>"$TMP/linker"
grep -q '"message":"linking' "$TMP/linker" || fail "no linking diagnostic: $(cat "$TMP/linker")"
python3 "$CHECK" "$TMP"/usage[1-4] "$TMP/odd_name" "$TMP/linker" >"$TMP/r" || fail "$(cat "$TMP/r")"
exit 0
