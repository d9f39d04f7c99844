// `&mut` under a two-phase receiver in an argument (E0499): a `*mut` receiver reborrowed, append's `&mut v` (rustc two-phase-surprise-no-conflict.rs).
struct Session {
    n: i32,
}

struct Registry<'a> {
    sess_mut: &'a mut Session,
}

struct P {
    n: i32,
}

fn new_trivial_mut(s: &mut Session) -> i32 { return s.n; }
fn incr(x: &mut i32) -> i32 { *x += 1; return *x; }

impl<'a> Registry<'a> { fn register(&mut self, _p: i32) {} }
impl P { fn set_n(&mut self, v: i32) { self.n = v; } }

fn bad(reg: &mut Registry) {
    reg.register(new_trivial_mut(&mut *reg.sess_mut));
}

fn bad2() {
    let mut p = P { n: 1 };
    p.set_n(incr(&mut p.n));
}

fn bad3() {
    let mut v = vec![1];
    v.push(incr(&mut v[0]));
}

fn main() {}
