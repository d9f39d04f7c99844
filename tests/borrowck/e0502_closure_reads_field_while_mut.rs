// ARGS: --borrowck
// A closure that reads a field captures `&p.n` (Rust 2021 precise
// capture, non-move closure), also when Go copies p into the closure
// (p never reassigned), so making it while p.n is mutably borrowed is
// E0502, not E0503 (hunt seed 1416). Fixed: make the closure after the
// last use of the mutable borrow.
struct P {
    a: String,
    n: i32,
}

fn main() {
    let mut p = P { a: String::from("a"), n: 1 };
    let mut q = P { a: String::from("b"), n: 2 };
    let m = &mut p.n;
    let f = || { println!("{}", p.n); };
    let k = &mut q.n;
    let g = || -> i32 { return q.n + q.a.len() as i32; };
    *k = 3;
    *m = 2;
    f();
    println!("{}", g());
}
