# -json=0,DIR writes go1.19's escape log (go build -gcflags=-json=0,DIR):
# DIR/main/NAME.json, a header and one LSP diagnostic per heap decision
# with its -m=2 flow. Every escape test gives a file of Go's shape
# (go_json_compare.py); where ml0c's -m=2 flows are Go's, the files are
# Go's entry for entry (the comparison runs against go1.19 itself when it
# is installed, and prints the agreement over all escape tests).
. "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || exit 0
CMP="$(dirname "$0")/go_json_compare.py"
# -m output unchanged by -json, and no -m=2 lines unless asked
"$ML0C" check -m "$SRC/examples/escape_tour.ml0" 2>"$TMP/m1"
"$ML0C" check -m -json=0,"$TMP/d" "$SRC/examples/escape_tour.ml0" 2>"$TMP/m2"
cmp -s "$TMP/m1" "$TMP/m2" || fail "-json changed -m's output: $(diff "$TMP/m1" "$TMP/m2")"
expect_status 0 "$ML0C" check -json=0,"$TMP/d" "$SRC/examples/escape_tour.ml0"
[ -z "$OUT" ] || fail "-json alone printed: $OUT"
[ -s "$TMP/d/main/escape_tour.json" ] || fail "no DIR/main/escape_tour.json"
head -1 "$TMP/d/main/escape_tour.json" | grep -q '^{"version":0,"package":"main","goos":"linux","goarch":"amd64","gc_version":' ||
    fail "header: $(head -1 "$TMP/d/main/escape_tour.json")"
GO=$(command -v go || true)
# Every file's logs first (ml0c's, and Go's from its compiler binary, run
# directly rather than through `go tool`), then one go_json_compare.py run
# over all the pairs: a Python start per file cost minutes under load.
[ -z "$GO" ] || COMPILE="$("$GO" env GOTOOLDIR)/compile"
pairs=()
mkdir -p "$TMP/g"
for f in "$SRC"/tests/escape/*.ml0; do
    b=${f##*/}; b=${b%.ml0}
    "$ML0C" check -json=0,"$TMP/m" "$f" 2>/dev/null || continue   # a wrong program: no log, as Go
    [ -f "$TMP/m/main/$b.json" ] || fail "$b: no log written"
    [ -n "$GO" ] || { pairs+=("$TMP/m/main/$b.json" "$TMP/m/main/$b.json"); continue; }
    mkdir "$TMP/g/$b"
    printf 'package main %s\n' "$(<"$f")" >"$TMP/g/$b/main.go"
    (cd "$TMP/g/$b" && exec "$COMPILE" -m -l -p main -json=0,"$TMP/g/$b/out" main.go >/dev/null 2>&1)
    [ -f "$TMP/g/$b/out/main/main.json" ] || continue
    pairs+=("$TMP/g/$b/out/main/main.json" "$TMP/m/main/$b.json")
done
[ ${#pairs[@]} -gt 100 ] || fail "only $((${#pairs[@]} / 2)) escape logs compared"
python3 "$CMP" "${pairs[@]}" >"$TMP/r" || fail "$(grep -v ': entries=' "$TMP/r")"
[ -n "$GO" ] || exit 0
# These files' logs are Go's entry for entry, flows included.
for b in addr_returned interleaved_params method_chain param_leak_result receiver_returned; do
    read -r e _ s fl <<<"$(grep "^$b: " "$TMP/r" | tr '=' ' ' | awk '{print $3, $5, $7, $9}')"
    [ -n "$e" ] && [ "$e" = "$s" ] && [ "$e" = "$fl" ] || fail "$b: not Go's log: $(grep "^$b: " "$TMP/r")"
done
echo "agreement with go1.19 over tests/escape:"
awk '{for (i = 2; i <= NF; i++) {split($i, kv, "="); s[kv[1]] += kv[2]}} END {for (k in s) printf "  %s=%d\n", k, s[k]}' "$TMP/r"
exit 0
