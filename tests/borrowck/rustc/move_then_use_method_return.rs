// the same for method arguments and `return s, len(s)`; binary operands agree.
struct T {
    n: i32,
}

impl T { fn m(&self, _s: String, _n: usize) {} }
fn f(_s: String) -> usize { return 1; }
fn two(s: String) -> (String, usize) { let n = s.len(); return (s, n); }

fn a() {
    let t = T { n: 1 };
    let s = String::from("x");
    t.m(s, s.len());
}

fn b() -> usize {
    let s = String::from("x");
    return f(s) + s.len();
}

fn c() -> (String, usize) {
    let s = String::from("x");
    return (s, s.len());
}

fn d() {
    let s = String::from("x");
    let x = f(s) + f(s);
    println!("{}", x);
}

fn e() {
    let s = String::from("x");
    println!("{} {}", f(s), s.len());
}

fn main() {}
