// After rust-lang/rust tests/ui/borrowck/two-phase-nonrecv-autoref.rs
// (deref_coercion, coerce_unsized, the receiver cases of main): only a
// method's receiver is a two-phase borrow. `foo(x, *x)` reads x before the
// call; `doubleAccess(&mut a, &a)` is two borrows at once; `s.m(s.i(10))`
// and `v = append(v, len(v))` read the receiver before it is activated.
fn foo(x: &mut i32, y: i32) {
    *x += y;
}

fn deref_coercion(x: &mut i32) {
    foo(x, *x);
}

struct S {
    n: i32,
}

impl S { fn m(&mut self, x: i32) -> i32 { x + 1 }
fn i(&self, x: i32) -> i32 { x + 1 } }

fn double_access(m: &mut [i32; 3], s: &[i32; 3]) {
    m[0] = s[1];
}

fn coerce_unsized() {
    let mut a = [1, 2, 3];
    double_access(&mut a, &a);
}

fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len());
    println!("{}", v.len());
    let mut n = 5;
    deref_coercion(&mut n);
    println!("{}", n);
    let mut s = S { n: 0 };
    println!("{}", s.m(s.i(10)));
    coerce_unsized();
}
