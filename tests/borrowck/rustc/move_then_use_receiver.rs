// a value receiver moves first: `s.m(s)`, `s.k(len(s.v))` (E0382).
struct S {
    v: Vec<i32>,
}

impl S { fn m(self, _t: S) {} }
impl S { fn k(self, _n: usize) {} }

fn a() {
    let s = S { v: vec![1] };
    s.m(s);
}

fn b() {
    let s = S { v: vec![1] };
    s.k(s.v.len());
}

fn main() {}
