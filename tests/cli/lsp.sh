# `ml0c lsp`, end to end as an editor drives it (lsp.py).
. "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || exit 0
OUT=$("$ML0C" lsp </dev/null 2>&1)
grep -q "built without cJSON" <<<"$OUT" && { echo "no cJSON: skipped"; exit 0; }
timeout 120 python3 "$(dirname "$0")/lsp.py" "$ML0C" || fail "lsp session"
