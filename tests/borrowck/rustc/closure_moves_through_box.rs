// A closure moving a field out of a Box (`bp.a`) or the Box's contents
// (`*bs`) captures the whole Box by value (Rust 2021 truncates a by-value
// capture at its first dereference): making it moves the Box, and a later
// use of another field is E0382 (was accepted: clos seeds 117, 594).
struct P {
    a: String,
    n: i32,
}
fn take_s(s: String) { println!("{}", s); }
fn bump(p: &mut i32) { *p = *p + 1; }
fn main() {
    let bp = Box::new(P { a: String::from("a"), n: 1 });
    let f = || { take_s(bp.a); };
    f();
    println!("{}", bp.n);
    let mut bq = Box::new(P { a: String::from("b"), n: 2 });
    let g = || { take_s(bq.a); };
    (|| { bump(&mut bq.n); })();
    g();
    let bs = Box::new(String::from("c"));
    let h = || { take_s(*bs); };
    h();
    println!("{}", (*bs).len());
}
