// A closure's capture of `p.n` conflicts with what overlaps `p.n`: using
// it while the closure holds it mutably (E0503), assigning all of `p`
// (E0506) or borrowing all of `p` mutably (E0502) while the closure
// lives; after a closure moved `p.s`, `p.s` is gone (E0382).
struct P {
    n: i32,
    m: i32,
    s: String,
    t: String,
}
fn take(s: String) -> usize { return s.len() }
fn mk() -> P { return P { n: 1, m: 2, s: String::from("s"), t: String::from("tt") } }
fn use_while_mut() {
    let mut p = mk();
    let mut c = || { p.n += 1; };
    let x = p.n;
    c();
    println!("{}", x);
}
fn assign_whole() {
    let mut p = mk();
    let c = || p.n + 1;
    p = mk();
    println!("{} {}", c(), p.n);
}
fn borrow_whole() {
    let mut p = mk();
    let c = || p.n + 1;
    let r = &mut p;
    r.m = 3;
    println!("{}", c());
}
fn moved_field() {
    let p = mk();
    let c = || take(p.s);
    println!("{}", p.s.len());
    println!("{}", c());
}
fn main() {}
