// Probe (session 14): a `*mut` argument is reborrowed two-phase (`&mut *r`, reserved where it is evaluated):
// a later argument may read under it, not borrow it mutably (E0499); also append's `&mut v`, and fields of it.
struct R {
    n: i32,
    v: Vec<i32>,
}

struct O<'a> {
    r: &'a mut R,
}

fn incr(x: &mut i32) -> i32 { *x += 1; return *x; }
fn get(x: &i32) -> i32 { return *x; }
fn fset(r: &mut R, v: i32) { r.n = v; }
fn gm(r: &mut R) -> i32 { return r.n; }
fn gs(r: &R) -> i32 { return r.n; }

impl R { fn set(&mut self, v: i32) { self.n = v; } }

fn c2(r: &mut R) {
    r.set(get(&r.n));
}

fn c3(r: &mut R) {
    fset(r, incr(&mut r.n));
}

fn c4(r: &mut R) {
    fset(r, get(&r.n));
}

fn c5(r: &mut R) {
    r.set(gm(r));
}

fn c6(r: &mut R) {
    r.set(gs(r));
}

fn c8() {
    let mut v = vec![1];
    v.push(get(&v[0]));
}

fn c9(r: &mut R) {
    r.v.push(incr(&mut r.v[0]));
}

fn c12(o: &mut O) {
    o.r.set(incr(&mut o.r.n));
}

fn c13(r: &mut R) {
    let w = &mut r.v;
    w.push(incr(&mut w[0]));
}

fn c14(r: &mut R) {
    r.set(incr(&mut r.v[0]));
}

fn main() {}
