. "$(dirname "$0")/lib.bash"
expect_status 2 "$ML0C"
expect_out "no command"
expect_out "ml0c --help"
