# -g: DWARF that gdb reads. A breakpoint on an ML0 line stops there;
# locals print with their ML0 types (an int, a string, a struct through a
# pointer, a slice, a variable moved to the heap); `next` steps by ML0
# lines; --emit=asm carries .loc lines; -O2 -g still verifies and runs.
. "$(dirname "$0")/lib.bash"
cat >"$TMP/prog.ml0" <<'EOS'
type User struct {
    name string
    age  int
}

func newUser(n string, a int) *User {
    u := User{name: n, age: a}
    return &u
}

func main() {
    count := 41
    count = count + 1
    p := newUser("Tom", count)
    xs := []int{1, 2, 3}
    println(p.name, p.age, len(xs))
}
EOS
expect_status 0 "$ML0C" build -g -O0 "$TMP/prog.ml0" -o "$TMP/prog"
[ "$("$TMP/prog")" = "Tom 42 3" ] || fail "the -g program's output"
expect_status 0 "$ML0C" build -g --emit=asm -o - "$TMP/prog.ml0"
grep -q '^[[:space:]]*\.loc[[:space:]]' <<<"$OUT" || fail "no .loc lines in --emit=asm -g"
expect_status 0 "$ML0C" build -g -O2 "$TMP/prog.ml0" -o "$TMP/prog2"
[ "$("$TMP/prog2")" = "Tom 42 3" ] || fail "-O2 -g program's output"
command -v gdb >/dev/null || { echo "no gdb: the debugger half skipped"; exit 0; }
cd "$TMP" || fail cd
G=$(timeout 120 gdb -batch -nx -ex 'break prog.ml0:16' -ex run -ex 'print count' -ex 'print p.name.len' \
    -ex 'print *p' -ex 'print xs.len' -ex 'break prog.ml0:8' -ex 'run' -ex 'print u.age' -ex 'print n' \
    -ex 'next' ./prog 2>&1)
grep -q 'Breakpoint 1, .* at .*prog.ml0:16' <<<"$G" || fail "did not stop at prog.ml0:16: $G"
grep -q '^\$1 = 42$' <<<"$G" || fail "print count: $G"
grep -q '^\$2 = 3$' <<<"$G" || fail "print p.name.len: $G"
grep -q '^\$3 = {name = {str = 0x[0-9a-f]* "Tom", len = 3}, age = 42}$' <<<"$G" || fail "print *p: $G"
grep -q '^\$4 = 3$' <<<"$G" || fail "print xs.len: $G"
grep -q '^\$5 = 42$' <<<"$G" || fail "print u.age (a heap variable): $G"
grep -q '^\$6 = {str = 0x[0-9a-f]* "Tom", len = 3}$' <<<"$G" || fail "print n: $G"
grep -q '^1[45][[:space:]]' <<<"$G" || fail "next did not step to an ML0 line: $G"
exit 0
