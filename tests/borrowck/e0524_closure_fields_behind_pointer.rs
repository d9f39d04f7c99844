// Rust 2021 captures a field behind a captured `*mut` or Box as a place
// of its own (`q.n` is `(*q).n`): closures writing different fields
// coexist; writing the same field through a `*mut` parameter is rustc's
// unique borrow of `q.n` (E0524, E0501); through a local `*mut` (the
// twin's `let mut q`) or a Box a mutable one (E0499, E0502).
struct P { n: i64, m: i64 }
fn set(x: &mut i64) { *x = 1; }
fn params(q: &mut P, b: &mut P, e: &mut P) {
    let mut c1 = || { q.n = q.n + 1; };
    let mut c2 = || { q.n = q.n + 2; };
    c1();
    c2();
    let mut d1 = || { b.n = 1; };
    let r = &b.n;
    d1();
    println!("{}", *r);
    let mut e1 = || { e.n = 1; };
    let r2 = &mut e.n;
    e1();
    *r2 = 3;
}
fn main() {
    let mut q = &mut P { n: 1, m: 2 };
    let mut c1 = || { q.n = q.n + 1; };
    let mut c2 = || { q.n = q.n + 2; };
    c1();
    c2();
    let mut b = &mut P { n: 1, m: 2 };
    let mut d1 = || { b.n = 1; };
    let r = &b.n;
    d1();
    println!("{}", r);
    let mut e = &mut P { n: 1, m: 2 };
    let mut e1 = || { e.n = 1; };
    let r2 = &mut e.n;
    e1();
    *r2 = 3;
    let mut bx = Box::new(P { n: 1, m: 2 });
    let mut f1 = || { bx.n = 1; };
    let mut f2 = || { bx.m = 1; };
    f1();
    f2();
    let mut bq = Box::new(P { n: 1, m: 2 });
    let mut g1 = || { bq.n = 1; };
    let mut g2 = || { bq.n = 2; };
    g1();
    g2();
    let mut h = &mut P { n: 1, m: 2 };
    let mut h1 = || { set(&mut h.n); };
    println!("{}", h.n);
    h1();
    println!("{}", q.m + b.m + e.m + h.m);
}
