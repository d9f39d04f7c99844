// Probe (session 13, fixed on fa_temp): Box receivers: a method result holds the Box (E0505, E0506, E0502).
struct P {
    n: i32,
}

impl P { fn get_n(&self) -> i32 { return self.n; } }
impl P { fn n_get(&self) -> &i32 { return &self.n; } }
impl P { fn n_ref(&mut self) -> &mut i32 { return &mut self.n; } }
fn take_pb(_b: Box<P>) {}

fn a() {
    let mut bp = Box::new(P { n: 1 });
    let m = &mut bp.n;
    println!("{}", bp.get_n());
    *m = 2;
}

fn b() {
    let mut bp = Box::new(P { n: 1 });
    let r = bp.n_get();
    bp.n = 5;
    println!("{}", *r);
}

fn c() {
    let mut bp = Box::new(P { n: 1 });
    let m = bp.n_ref();
    take_pb(bp);
    *m = 1;
}

fn d() {
    let bp = Box::new(P { n: 1 });
    let r = bp.n_get();
    take_pb(bp);
    println!("{}", *r);
}

fn e() {
    let mut bp = Box::new(P { n: 1 });
    let m = bp.n_ref();
    let r = &bp;
    *m = 1;
    println!("{}", (*r).n);
}

fn main() {}
