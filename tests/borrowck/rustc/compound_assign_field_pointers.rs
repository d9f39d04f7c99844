// Probe (session 14, after pending_compound_assign_struct_field): `*P op= v`
// while `*P` is mutably borrowed. rustc says E0503 and E0506 when the
// pointer is held in a field (`*s.p`, `*sp.p`), E0503 alone for a local
// pointer, a field of a struct behind one, and a Box.
struct S<'a> {
    p: &'a mut i32,
    n: i32,
}
struct B {
    b: Box<i32>,
    n: i32,
}
fn g(a: &mut i32, q: &mut i32, r: &mut &mut i32) {
    let mut s = S { p: a, n: 0 };
    let t = &mut *s.p;
    *s.p += 1;
    *t = 2;
    let u = &mut s.n;
    s.n += 1;
    *u = 1;
    let v = &mut *q;
    *q += 1;
    *v = 1;
    let w = &mut **r;
    **r += 1;
    *w = 1;
    let mut bb = B { b: Box::new(1), n: 0 };
    let x = &mut *bb.b;
    *bb.b += 1;
    *x = 1;
    let mut ss = S { p: q, n: 0 };
    let sp = &mut ss;
    let y = &mut *sp.p;
    *sp.p += 1;
    *y = 1;
}
fn main() {}
