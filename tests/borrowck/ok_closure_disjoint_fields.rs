// A closure captures the places it uses, not whole variables (Rust 2021's
// disjoint capture): one reading `p.n` leaves `p.m` free to be borrowed
// mutably or written; one writing `p.n` and reading `p.m` holds `&mut p.n`
// and `&p.m`; one moving `p.s` owns `p.s` only, so `p.t` stays usable.
struct P {
    n: i32,
    m: i32,
    s: String,
    t: String,
}
fn take(s: String) -> usize { return s.len() }
fn mk() -> P { return P { n: 1, m: 2, s: String::from("s"), t: String::from("tt") } }
fn main() {
    let mut p = mk();
    let c = || p.n + 1;
    let r = &mut p.m;
    *r = 3;
    println!("{} {}", c(), p.m);
    let mut q = mk();
    let mut inc = || { q.n += 1; q.m };
    let rm = &q.m;
    println!("{} {}", inc(), *rm);
    let u = mk();
    let own = || take(u.s);
    println!("{}", u.t.len());
    println!("{}", own());
    let mut w = mk();
    let sum = || w.n + w.m;
    w.s = String::from("new");
    println!("{} {}", sum(), w.s);
}
