// A `*mut` receiver's two-phase borrow acts as a shared borrow until its
// call: reserving it while a mutable borrow of the receiver is live is
// E0499 (a shared one live then is no error yet), and activating it while
// a shared borrow is still used is E0502, once per call (shapes seed 560).
struct C {
    n: i64,
}
impl C { fn set(&mut self, v: i64) { self.n = v; }
fn get(&self) -> i64 { self.n }
fn nref(&mut self) -> &mut i64 { &mut self.n } }
fn main() {
    let mut c = C { n: 1 };
    let r = &c.n;
    let m = c.nref();
    c.set(c.get() + 1);
    println!("{} {}", *r, *m);
    let mut d = C { n: 1 };
    let s = &d.n;
    d.set(d.get() + 1);
    println!("{}", *s);
}
