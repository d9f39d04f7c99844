# Which heap allocations escape analysis marks bounded (heap only for
# their size, dead when the site runs again: the gc runtime reuses them),
# as --emit=mir shows them, and that -m still says they escape (as Go).
. "$(dirname "$0")/lib.bash"
cat > "$TMP/b.ml0" <<'ML0'
// bounded and not
var sink []byte
var keep [][]byte

func leak(b []byte) { sink = b }
func id(b []byte) []byte { return b }

func main() {
    n := 10
    var outer []byte
    for i := 0; i < 3; i++ {
        a := make([]byte, n)
        a[0] = 1
        b := make([]byte, n + i)
        outer = b
        c := make([]byte, n)
        leak(c)
        d := make([]byte, n)
        e := id(d)
        e[0] = 2
        f := make([]byte, n)
        keep = append(keep, f)
        g := make([]*int, n)
        x := 5
        g[0] = &x
        for j := 0; j < 2; j++ {
            h := make([]byte, n)
            a = h
        }
    }
    println(len(outer), len(keep))
    single := make([]byte, n)
    println(len(single))
}
ML0
expect_status 0 "$ML0C" check --emit=mir "$TMP/b.ml0"
expect_out "site0: make(\[\]byte, n) 12:18 heap (bounded: reused)"     # a: dies with the iteration
expect_out "site1: make(\[\]byte, n + i) 14:18 heap$"                 # b: kept in outer
expect_out "site2: make(\[\]byte, n) 16:18 heap$"                     # c: leaked to a global
expect_out "site3: make(\[\]byte, n) 18:18 heap (bounded: reused)"     # d: back from id, loop-local
expect_out "site4: make(\[\]byte, n) 21:18 heap$"                     # f: appended to a global
expect_out "site6: make(\[\]\*int, n) 23:18 heap (bounded: reused)"    # g: points at x, still local
expect_out "site7: make(\[\]byte, n) 27:22 heap$"                     # h: kept in a, an outer-loop variable
expect_out "site8: make(\[\]byte, n) 32:19 heap$"                     # single: not in a loop
expect_status 0 "$ML0C" check -m "$TMP/b.ml0"
expect_out "12:18: make(\[\]byte, n) escapes to heap"
expect_status 0 "$ML0C" run "$TMP/b.ml0"
expect_out "12 3"
