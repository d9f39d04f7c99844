. "$(dirname "$0")/lib.bash"
# LANGUAGE.md's E0597 rendering for the dangling example, exactly.
cd "$SRC/examples"
OUT=$("$ML0C" check --borrowck dangling.ml0 2>&1); st=$?
[ $st = 1 ] || fail "exit $st"
want='error[E0597]: `x` does not live long enough
  --> dangling.ml0:10:13
   |
 9 |         x := 5
   |         - binding `x` declared here
10 |         r = &x
   |             ^^ borrowed value does not live long enough
11 |     }
   |     - `x` dropped here while still borrowed
12 |     println(*r)
   |             -- borrow later used here

error: could not compile `dangling.ml0` due to 1 previous error'
[ "$OUT" = "$want" ] || fail "rendering differs:
$OUT"
