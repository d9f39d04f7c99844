// A closure borrows only the places its body uses (Rust 2021's precise
// capture), so its loans are on those fields: a closure reading `q.n`
// does not conflict with `&mut q.a`, one writing `w.n` leaves `w.a` free,
// and one that moves `p.a` out borrows nothing of `p` (Go captures `p`
// by reference here: it is borrowed elsewhere). Writing `z.n` while a
// closure holds it mutably is still E0502.
struct P {
    a: String,
    n: i32,
}
impl P { fn n_ref(&mut self) -> &mut i32 { return &mut self.n; } }
fn take_s(s: String) { println!("{}", s); }
fn main() {
    let mut p = P { a: String::from("a"), n: 1 };
    let m = p.n_ref();
    *m = 2;
    let f = || { take_s(p.a) };
    f();
    let mut q = P { a: String::from("b"), n: 2 };
    let r = &mut q.a;
    let g = || q.n + 1;
    *r = String::from("c");
    println!("{}", g());
    let mut u = P { a: String::from("d"), n: 3 };
    let h = || u.n + 1;
    u.a = String::from("e");
    println!("{} {}", h(), u.a);
    let mut w = P { a: String::from("f"), n: 4 };
    let mut k = || { w.n = 2; };
    println!("{}", w.a);
    k();
    println!("{}", w.n);
    let mut z = P { a: String::from("g"), n: 5 };
    let mut k2 = || { z.n = 2; };
    println!("{}", z.n);
    k2();
}
