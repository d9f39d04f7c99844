. "$(dirname "$0")/lib.bash"
# -m=2 prints the flow that forces each heap decision, in go1.19's words.
expect_status 0 "$ML0C" check -m=2 "$SRC/examples/newuser.ml0"
want='newuser.ml0:8:5: u escapes to heap:
newuser.ml0:8:5:   flow: ~r0 = &u:
newuser.ml0:8:5:     from &u (address-of) at SRC/newuser.ml0:9:12
newuser.ml0:8:5:     from return &u (return) at SRC/newuser.ml0:9:5
newuser.ml0:8:5: moved to heap: u'
got=$(sed -e "s|$SRC/examples/||g" <<<"$OUT" | sed -e 's|at newuser|at SRC/newuser|')
[ "$got" = "$want" ] || fail "-m=2 output differs:
$got"
