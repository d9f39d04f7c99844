// Probe (session 16, rhunt4, --gen meth): a `*mut` method called on a
// slice element is IndexMut's `&mut v` taken before the arguments, not a
// two-phase autoref: arguments reading v are E0502 (a false accept).
struct P {
    a: String,
    n: i32,
}
impl P { fn set_n(&mut self, v: i32) { self.n = v; } }
impl P { fn get_n(&self) -> i32 { return self.n; } }
struct W {
    ps: Vec<P>,
}
fn grow(p: &mut Vec<P>) { p[0].set_n(p.len() as i32); }
fn main() {
    let mut ps = vec![P { a: String::from("c"), n: 3 }];
    ps[0].set_n(ps.len() as i32);
    ps[0].set_n(ps[0].get_n());
    ps[0].set_n(ps[0].n);
    let mut w = W { ps: vec![P { a: String::from("d"), n: 4 }] };
    w.ps[0].set_n(w.ps.len() as i32);
    let mut bw = Box::new(W { ps: vec![P { a: String::from("e"), n: 5 }] });
    bw.ps[0].set_n(bw.ps.len() as i32);
    let mut q = P { a: String::from("f"), n: 6 };
    q.set_n(q.get_n());
    let x = 1;
    ps[0].set_n(x);
    grow(&mut ps);
    println!("{} {} {} {} {}", ps[0].n, w.ps[0].n, bw.ps[0].n, q.n, ps[0].a);
}
