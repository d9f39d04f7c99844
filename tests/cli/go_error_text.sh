# go1.19's error text, line and column for programs `go build` rejects
# (tests/cli/go_errors: NAME.go and go's output NAME.out), compared with
# ml0c's diagnostics by go_error_compare.py.
. "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || { echo "python3 not found: skipped"; exit 0; }
python3 "$(dirname "$0")/go_error_compare.py" "$ML0C" "$(dirname "$0")/go_errors" || fail "ml0c's errors are not go1.19's"
