// Probe (session 13, fixed on fa_temp): a `*mut` method on a Box while a field is lent (E0502).
struct P {
    n: i32,
}

impl P { fn set_n(&mut self, v: i32) { self.n = v; } }
impl P { fn n_ref(&mut self) -> &mut i32 { return &mut self.n; } }

fn a() {
    let mut bp = Box::new(P { n: 1 });
    let r = &bp.n;
    bp.set_n(2);
    println!("{}", *r);
}

fn b() {
    let mut bp = Box::new(P { n: 1 });
    let r = &bp.n;
    let m = bp.n_ref();
    println!("{} {}", *r, *m);
}

fn c() {
    let mut p = P { n: 1 };
    let r = &p.n;
    p.set_n(2);
    println!("{}", *r);
}

fn main() {}
