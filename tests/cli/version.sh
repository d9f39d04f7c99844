. "$(dirname "$0")/lib.bash"
expect_status 0 "$ML0C" --version
expect_out "ml0c version"
