// Probe (session 16, rhunt4, --gen meth seeds 6, 16, 19, 25, 34): a Copy
// operand of a call whose receiver's `&mut` is two-phase is read into a
// temporary before the call activates it, also through a reference that
// dies there (`*p.nGet()`): false rejects (E0503, E0502). A reference
// passed on (`p.addN(&p)`) is still live at the call: E0502.
struct P {
    a: String,
    n: i32,
}
impl P { fn set_n(&mut self, v: i32) { self.n = v; } }
impl P { fn n_get(&self) -> &i32 { return &self.n; } }
impl P { fn add_n(&mut self, q: &P) { self.n = self.n + q.n; } }
struct W {
    p: P,
    bp: Box<P>,
}
fn main() {
    let mut p = P { a: String::from("a"), n: 1 };
    p.set_n(p.n);
    p.set_n(*p.n_get());
    let mut bp = Box::new(P { a: String::from("b"), n: 2 });
    bp.set_n(bp.n);
    let mut w = W { p: P { a: String::from("c"), n: 3 }, bp: Box::new(P { a: String::from("d"), n: 4 }) };
    w.bp.set_n(w.bp.n);
    w.p.set_n(*w.p.n_get());
    let mut bw = Box::new(W { p: P { a: String::from("e"), n: 5 }, bp: Box::new(P { a: String::from("f"), n: 6 }) });
    bw.bp.set_n(*bw.bp.n_get());
    bw.p.set_n(bw.p.n + *bw.bp.n_get());
    p.add_n(&p);
    let r = p.n_get();
    p.set_n(*r);
    println!("{}", *r);
    println!("{} {} {} {} {} {} {} {} {} {}", p.n, bp.n, w.p.n, bw.p.n, p.a, bp.a, w.p.a, w.bp.a, bw.p.a, bw.bp.a);
}
