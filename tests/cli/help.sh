. "$(dirname "$0")/lib.bash"
expect_status 0 "$ML0C" --help
for w in build run check --emit --runtime -m --borrowck; do expect_out "$w"; done
expect_status 0 "$ML0C" build --help
