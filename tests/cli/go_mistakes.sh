# Student mistakes (issue 13, "Errors a student will make"): programs an
# intro-course student gets wrong, in tests/cli/go_mistakes (NAME.go and
# go1.19's `go build` output NAME.out), compared with ml0c's diagnostics
# word for word, line and column by go_error_compare.py. pending/ holds
# the ones ml0c does not agree with yet (pending/README.md says why).
. "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || { echo "python3 not found: skipped"; exit 0; }
python3 "$(dirname "$0")/go_error_compare.py" "$ML0C" "$(dirname "$0")/go_mistakes" || fail "ml0c's errors are not go1.19's"
