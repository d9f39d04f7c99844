. "$(dirname "$0")/lib.bash"
# The full rustc-style rendering of E0382 for the articles' move example.
cd "$SRC/examples"
OUT=$(NO_COLOR=1 "$ML0C" check --borrowck move.ml0 2>&1); st=$?
[ $st = 1 ] || fail "exit $st"
want='error[E0382]: borrow of moved value: `s1`
 --> move.ml0:6:13
  |
4 |     s1 := "hi"
  |     -- move occurs because `s1` has type `string`, which does not implement the `Copy` trait
5 |     s2 := s1
  |           -- value moved here
6 |     println(s1)
  |             ^^ value borrowed here after move
  |
  = help: consider borrowing here: `&s1`

error: could not compile `move.ml0` due to 1 previous error'
got=$(grep -v "^ml0c: warning" <<<"$OUT")
[ "$got" = "$want" ] || fail "rendering differs:
$got"
