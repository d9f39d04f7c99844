// A closure that moves one field of a struct Go captured by value moves
// that field in (Rust 2021's precise capture) and borrows nothing else:
// `&mut p.n` may stay live across it (was E0502 for a shared borrow of all
// of p, clos seed 103); a live borrow of the moved field is E0505.
struct P {
    a: String,
    n: i32,
}
fn take_s(s: String) { println!("{}", s); }
fn main() {
    let mut p = P { a: String::from("a"), n: 1 };
    let m = &mut p.n;
    let f = || { take_s(p.a); };
    f();
    println!("{}", *m);
    let q = P { a: String::from("b"), n: 2 };
    let r = &q.a;
    let g = || { take_s(q.a); };
    g();
    println!("{}", *r);
}
