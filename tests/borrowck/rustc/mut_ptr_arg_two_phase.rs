// Probe (session 17, rloans, --gen meth seeds 277, 479, 841):
// passing a `*mut` argument reborrows it, `&mut *q`, and that reborrow is
// two-phase (rustc coerces call arguments allowing it, receivers and
// plain arguments alike): `q.setN(*q.nGet())` and `set(q, *q.nGet())`
// copy the int out of nGet's shared loan before the call, so they are
// accepted (were E0502). A mutable loan still live in the arguments
// conflicts with the reservation (E0499), and a shared one used after the
// call with the activation (E0502).
struct P {
    a: String,
    n: i32,
}
impl P { fn set_n(&mut self, v: i32) { self.n = v; } }
impl P { fn n_get(&self) -> &i32 { return &self.n; } }
fn set(p: &mut P, v: i32) { p.n = v; }
fn via_param(q: &mut P) {
    q.set_n(*q.n_get());
    set(q, *q.n_get());
}
fn mut_loan(q: &mut P) {
    let m = &mut q.n;
    q.set_n(*m);
}
fn mut_loan_fn(q: &mut P) {
    let m = &mut q.n;
    set(q, *m);
}
fn shared_live(q: &mut P) {
    let r = &q.n;
    set(q, *r);
    println!("{}", *r);
}
fn main() {
    let mut ps = vec![P { a: String::from("e3"), n: 3 }];
    let q = &mut ps[0];
    q.set_n(*q.n_get());
    let mut p = P { a: String::from("x"), n: 1 };
    let r = &mut p;
    r.set_n(*r.n_get());
    set(r, *r.n_get());
    via_param(r);
    mut_loan(r);
    mut_loan_fn(r);
    shared_live(r);
}
