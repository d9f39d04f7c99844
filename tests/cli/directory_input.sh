. "$(dirname "$0")/lib.bash"
expect_status 1 "$ML0C" check "$TMP"
expect_out "is a directory"
