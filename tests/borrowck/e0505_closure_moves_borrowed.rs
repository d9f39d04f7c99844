// A closure that moves what it captures moves it in where it is made
// (Rust's by-value capture), even where Go captures the variable by
// reference (it is borrowed elsewhere): while `r` borrows `s`, making
// the closure is E0505 (a move out of a borrowed value), not an E0502
// for a shared borrow of `s`.
fn take_s(s: String) { println!("{}", s); }
fn main() {
    let mut s = String::from("a");
    let r = &mut s;
    let f = || { take_s(s) };
    println!("{}", *r);
    f();
    let t = String::from("b");
    let q = &t;
    let g = || { take_s(t) };
    println!("{}", *q);
    g();
}
