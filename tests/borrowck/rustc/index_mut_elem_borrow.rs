// Probe (session 16, rhunt4, --gen meth seeds 9, 10, 17, 33, 36): `&mut
// v[i]` (also a `*mut` method's receiver `v[i].setN(..)`) is `&mut
// *v.index_mut(i)`, whose `&mut v` is taken before i is evaluated and is
// not two-phase: an index reading v is E0502 (a false accept). A shared
// `&v[len(v)-1]` (Index) and an index computed first are fine. Reading an
// element of a slice in a Box while the slice is mutably borrowed is
// E0502 (Index borrows it; was E0503).
struct P {
    a: String,
    n: i32,
}
impl P { fn set_n(&mut self, v: i32) { self.n = v; } }
struct W {
    ps: Vec<P>,
}
fn last(ps: &mut Vec<P>) -> &mut P {
    return &mut ps[ps.len() - 1];
}
fn touch(ps: &mut Vec<P>, k: i32) { ps[0].n = k; }
fn main() {
    let mut ps = vec![P { a: String::from("a"), n: 1 }, P { a: String::from("b"), n: 2 }];
    let m = &mut ps[ps.len() - 1];
    m.n = 3;
    ps[ps.len() - 1].set_n(4);
    let r = &ps[ps.len() - 1];
    println!("{}", r.n);
    let i = ps.len() - 1;
    let q = &mut ps[i];
    q.n = 5;
    let l = last(&mut ps);
    l.n = 6;
    let mut bw = Box::new(W { ps: vec![P { a: String::from("c"), n: 3 }] });
    touch(&mut bw.ps, bw.ps[0].n);
    println!("{} {} {}", ps[0].n, ps[0].a, bw.ps[0].a);
}
