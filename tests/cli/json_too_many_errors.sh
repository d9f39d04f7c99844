. "$(dirname "$0")/lib.bash"
# --diagnostics=json stops where the human form does (go1.19 stops at the
# tenth error with "file:line:col: too many errors"): the same ten errors,
# then one final entry, level "error" as rustc's closing "aborting due to"
# message, at the tenth error's position, rendered as Go's line.
{
    printf 'func main() {\n'
    for i in $(seq 1 12); do printf '\ta%d = 1\n' "$i"; done
    printf '}\n'
} > "$TMP/e.ml0"
"$ML0C" check "$TMP/e.ml0" >/dev/null 2>"$TMP/h"; [ $? = 1 ] || fail "human: status"
"$ML0C" check --diagnostics=json "$TMP/e.ml0" >/dev/null 2>"$TMP/j"; [ $? = 1 ] || fail "json: status"
tail -1 "$TMP/h" | grep -qx ".*e.ml0:11:2: too many errors" || fail "human form: $(cat "$TMP/h")"
python3 - "$TMP/h" "$TMP/j" <<'PY' || fail "json differs from the human form: $(cat "$TMP/j")"
import json, re, sys
human = [l for l in open(sys.argv[1]) if re.search(r': (error: .*|too many errors)$', l)]
objs = [json.loads(l) for l in open(sys.argv[2])]
want = [re.search(r': (?:error: )?(.*)$', l).group(1) for l in human]
got = [o["message"] for o in objs]
assert got == want, (got, want)
last = objs[-1]
assert last["level"] == "error" and last["code"] is None, last
sp = last["spans"][0]
assert (sp["line_start"], sp["column_start"], sp["is_primary"]) == (11, 2, True), sp
assert re.fullmatch(r'.*e\.ml0:11:2: too many errors\n', last["rendered"]), last["rendered"]
PY
# ten errors: cut at the tenth, as go1.19 (it says "too many errors" at
# the tenth even when no eleventh follows); nine: no cut, in either form
head -11 "$TMP/e.ml0" > "$TMP/t.ml0"; printf '}\n' >> "$TMP/t.ml0"
expect_status 1 "$ML0C" check --diagnostics=json "$TMP/t.ml0"
grep -q 'too many errors' <<<"$OUT" || fail "ten errors not cut: $OUT"
expect_status 1 "$ML0C" check "$TMP/t.ml0"
grep -q 't.ml0:11:2: too many errors' <<<"$OUT" || fail "ten errors, human form: $OUT"
head -10 "$TMP/e.ml0" > "$TMP/n.ml0"; printf '}\n' >> "$TMP/n.ml0"
expect_status 1 "$ML0C" check --diagnostics=json "$TMP/n.ml0"
grep -q 'too many errors' <<<"$OUT" && fail "nine errors cut: $OUT"
[ "$(grep -c '"level":"error"' <<<"$OUT")" = 9 ] || fail "nine errors expected: $OUT"
exit 0
