// A closure captures the places its body uses (Rust 2021's precise
// capture): `func() int { return p.n + 1 }` borrows p.n, not all of p.
// So after `take(p.a)` it is no use of a moved value, and after
// `takeP(p)` it is the use of p.n an E0382 reports, not a later one.
struct P {
    a: String,
    n: i64,
}
fn take_s(s: String) { println!("{}", s); }
fn take_p(p: P) { println!("{}", p.n); }
fn main() {
    let p = P { a: "a".to_string(), n: 1 };
    take_s(p.a);
    let f = || p.n + 1;
    println!("{}", f());
    let q = P { a: "b".to_string(), n: 2 };
    take_p(q);
    let t = q.a;
    let g = || q.n + 1;
    println!("{}", q.n);
    println!("{}", t);
    let r = P { a: "c".to_string(), n: 3 };
    take_s(r.a);
    let h = || r.n + r.a.len() as i64;
    println!("{}", h());
}
