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
total=""
for f in "$SRC"/tests/escape/*.ml0; do
    b=$(basename "$f" .ml0)
    "$ML0C" check -json=0,"$TMP/m" "$f" 2>/dev/null || continue   # a wrong program: no log, as Go
    [ -f "$TMP/m/main/$b.json" ] || fail "$b: no log written"
    [ -n "$GO" ] || { python3 "$CMP" "$TMP/m/main/$b.json" "$TMP/m/main/$b.json" >"$TMP/r" || fail "$b: $(cat "$TMP/r")"; continue; }
    mkdir -p "$TMP/g/$b"
    { printf 'package main '; cat "$f"; } >"$TMP/g/$b/main.go"
    (cd "$TMP/g/$b" && "$GO" tool compile -m -l -p main -json=0,"$TMP/g/$b/out" main.go >/dev/null 2>&1)
    [ -f "$TMP/g/$b/out/main/main.json" ] || continue
    python3 "$CMP" "$TMP/g/$b/out/main/main.json" "$TMP/m/main/$b.json" >"$TMP/r" || fail "$b: $(cat "$TMP/r")"
    total="$total $(tail -1 "$TMP/r")"
    case "$b" in addr_returned|interleaved_params|method_chain|param_leak_result|receiver_returned)
        read -r e _ s fl <<<"$(tail -1 "$TMP/r" | tr '=' ' ' | awk '{print $2, $4, $6, $8}')"
        [ "$e" = "$s" ] && [ "$e" = "$fl" ] || fail "$b: not Go's log: $(cat "$TMP/r")" ;;
    esac
done
[ -n "$GO" ] && echo "agreement with go1.19 over tests/escape:" &&
    tr ' ' '\n' <<<"$total" | awk -F= 'NF==2 {s[$1]+=$2} END {for (k in s) printf "  %s=%d\n", k, s[k]}'
exit 0
